using Samenwerking.Domain.Collaborations.Register;
using Samenwerking.Application.Collaborations.Register;
using System.Linq.Expressions;
using Samenwerking.Application.Collaborations.Shared;
using Samenwerking.Application.Common.Querying;
using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Municipalities;

namespace Samenwerking.Application.Collaborations.Reading;

/// <summary>
/// The read side of a collaboration: expressions the database evaluates to fill the DTOs directly, so a
/// query never builds (or tracks) the aggregate. Shared rules come from the domain's own expressions
/// (<see cref="Collaboration.AmbtelijkeFusie"/>, <see cref="Participant.Active"/>).
/// </summary>
public static class CollaborationProjections
{
    /// <summary>
    /// A participant with the name its municipality had on the day it joined, or else the last name it had
    /// (a merged municipality), joined in the same statement instead of looked up afterwards.
    /// </summary>
    public static Expression<Func<Participant, ParticipantDto>> Participant(IQueryable<Municipality> municipalities) =>
        ((Expression<Func<Participant, bool, ParticipantDto>>)((p, isActive) => new ParticipantDto(
            p.MunicipalityCode,
            municipalities
                .Where(m => m.Code == p.MunicipalityCode)
                .OrderByDescending(m => m.ValidFrom <= p.JoinedOn && (m.ValidTo == null || p.JoinedOn < m.ValidTo))
                .ThenByDescending(m => m.ValidFrom)
                .Select(m => m.Name)
                .FirstOrDefault() ?? p.MunicipalityCode,
            p.Role, p.JoinedOn, p.LeftOn, p.WithdrawalReason, isActive)))
        .WithRule(Domain.Collaborations.Participant.Active);

    /// <summary>The full representation with its named tasks, from one row of <see cref="Details"/>.</summary>
    public static CollaborationDto WithTasks(this DetailsRow row) =>
        row.Collaboration with { Tasks = row.Tasks.Select(t => new NamedTaskDto(t.Name, t.Type)).ToList(), Register = row.Register.ToDto() };

    /// <summary>The full representation of a collaboration, participants and their names included.</summary>
    public static Expression<Func<Collaboration, DetailsRow>> Details(IQueryable<Municipality> municipalities)
    {
        var participant = Participant(municipalities);
        return ((Expression<Func<Collaboration, bool, DetailsRow>>)((c, isAmbtelijkeFusie) => new DetailsRow(new CollaborationDto
        {
            Id = c.Id,
            Name = c.Name,
            Description = c.Description,
            Phase = c.Phase,
            Participants = c.Participants.AsQueryable()
                .OrderBy(JoiningOrder.ByDate).ThenBy(JoiningOrder.ThenByAdded)
                .Select(participant)
                .ToList(),
            TaskTypes = c.TaskTypes,
            TaskScope = c.TaskScope,
            GovernanceLevel = c.GovernanceLevel,
            OrganisationForm = new OrganisationFormDto(c.Novelty, c.Multiplicity, c.Structure),
            LegalForm = c.LegalKind == null ? null : new LegalFormDto(c.LegalKind.Value, c.LegalInstrument),
            Initiative = c.Initiative,
            // Filled from the JSON column by WithTasks: projecting into it here would cost a statement of its own.
            Tasks = new List<NamedTaskDto>(),
            // Filled from its JSON column by WithTasks, like the tasks (EF refuses an object constant in a projection).
            Register = null!,
            // Transitions only move forward, so the one recorded last is the one into the current phase.
            CurrentPhaseStartedOn = c.Transitions.OrderByDescending(t => t.RecordedAt).ThenByDescending(t => t.Id).Select(t => (DateOnly?)t.EffectiveOn).FirstOrDefault()
                                    ?? c.FirstRecordedPhaseStartedOn,
            RegisteredInPhase = c.RegisteredInPhase,
            OperatingSince = c.OperatingSince,
            EndedOn = c.EndedOn,
            EndReason = c.EndReason,
            IsAmbtelijkeFusie = isAmbtelijkeFusie,
            EvaluationIntervalYears = c.EvaluationIntervalYears,
            LastEvaluatedOn = c.LastEvaluatedOn,
            NextEvaluationDue = c.NextEvaluationDue,
            CreatedAt = c.CreatedAt,
            UpdatedAt = c.UpdatedAt,
        }, c.Tasks, c.RegisterEntry, c.Version))).WithRule(Collaboration.AmbtelijkeFusie);
    }

    /// <summary>A collaboration's representation with its named tasks and register entry as read from their JSON columns, and its version.</summary>
    public sealed record DetailsRow(CollaborationDto Collaboration, IReadOnlyList<NamedTask> Tasks, RegisterEntry Register, uint Version);
}
