using Microsoft.EntityFrameworkCore;
using Samenwerking.Application.Collaborations.GetCollaboration;
using Samenwerking.Application.Collaborations.Register;
using Samenwerking.Application.Collaborations.Shared;
using Samenwerking.Application.Common.Concurrency;
using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Collaborations.Register;

namespace Samenwerking.Infrastructure.Persistence;

/// <summary>
/// Get by id as an EF compiled query: translated once, so a request costs the statement and the rows, not building the
/// projection and looking it up in EF's query cache (more than half of the API's CPU for this request, issue 26).
/// </summary>
internal sealed class CollaborationDetailsReader(SamenwerkingDbContext db) : ICollaborationDetailsReader
{
    public async Task<Versioned<CollaborationDto>?> ReadAsync(Guid id, CancellationToken cancellationToken) =>
        await ById(db, id, cancellationToken) is { } row
            ? new Versioned<CollaborationDto>(row.Collaboration with
            {
                Tasks = [.. row.Tasks.Select(t => new NamedTaskDto(t.Name, t.Type))],
                Register = row.Register.ToDto(),
                IsAmbtelijkeFusie = Collaboration.IsAmbtelijkeFusieOf(row.Collaboration.TaskScope, row.Collaboration.OrganisationForm.Novelty,
                    row.Collaboration.OrganisationForm.Multiplicity, row.Collaboration.OrganisationForm.Structure),
            }, row.Version)
            : null;

    // One statement: the collaboration, its participants in joining order with their municipality's name on the day they
    // joined (or the last it had), and the day its current phase began. Tasks and register come from their JSON columns.
    private static readonly Func<SamenwerkingDbContext, Guid, CancellationToken, Task<Row?>> ById = EF.CompileAsyncQuery(
        (SamenwerkingDbContext db, Guid id, CancellationToken _) => db.Collaborations.AsNoTracking().AsSingleQuery()
            .Where(c => c.Id == id)
            .Select(c => new Row(new CollaborationDto
            {
                Id = c.Id,
                Name = c.Name,
                Description = c.Description,
                Phase = c.Phase,
                Participants = c.Participants.OrderBy(p => p.JoinedOn).ThenBy(p => p.Ordinal)
                    .Select(p => new ParticipantDto(
                        p.MunicipalityCode,
                        db.Municipalities.Where(m => m.Code == p.MunicipalityCode)
                            .OrderByDescending(m => m.ValidFrom <= p.JoinedOn && (m.ValidTo == null || p.JoinedOn < m.ValidTo))
                            .ThenByDescending(m => m.ValidFrom)
                            .Select(m => m.Name)
                            .FirstOrDefault() ?? p.MunicipalityCode,
                        p.Role, p.JoinedOn, p.LeftOn, p.WithdrawalReason, p.LeftOn == null))
                    .ToList(),
                TaskTypes = c.TaskTypes,
                TaskScope = c.TaskScope,
                GovernanceLevel = c.GovernanceLevel,
                OrganisationForm = new OrganisationFormDto(c.Novelty, c.Multiplicity, c.Structure),
                LegalForm = c.LegalKind == null ? null : new LegalFormDto(c.LegalKind.Value, c.LegalInstrument),
                Initiative = c.Initiative,
                Tasks = new List<NamedTaskDto>(),
                Register = null!,
                // Transitions only move forward, so the one recorded last is the one into the current phase.
                CurrentPhaseStartedOn = c.Transitions.OrderByDescending(t => t.RecordedAt).ThenByDescending(t => t.Id)
                                            .Select(t => (DateOnly?)t.EffectiveOn).FirstOrDefault()
                                        ?? c.FirstRecordedPhaseStartedOn,
                RegisteredInPhase = c.RegisteredInPhase,
                OperatingSince = c.OperatingSince,
                IsAmbtelijkeFusie = false,
                EvaluationIntervalYears = c.EvaluationIntervalYears,
                LastEvaluatedOn = c.LastEvaluatedOn,
                NextEvaluationDue = c.NextEvaluationDue,
                CreatedAt = c.CreatedAt,
                UpdatedAt = c.UpdatedAt,
            }, c.Tasks, c.RegisterEntry, c.Version))
            .FirstOrDefault());

    private sealed record Row(CollaborationDto Collaboration, IReadOnlyList<NamedTask> Tasks, RegisterEntry Register, uint Version);
}
