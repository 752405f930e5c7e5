using Samenwerking.Domain.Collaborations.Register;
using System.Linq.Expressions;
using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Phases;

namespace Samenwerking.Application.Phases.GetReadiness;

/// <summary>
/// What the exit rules read, projected straight from the database (no aggregate, no tracking). The domain's
/// rule objects judge it exactly as they judge the aggregate during a transition.
/// </summary>
public sealed class ExitRuleFactsReadModel : IExitRuleFacts
{
    public required Phase Phase { get; init; }

    public required List<TaskType> TaskTypes { get; init; }

    public required TaskScope? TaskScope { get; init; }

    public required GovernanceLevel? GovernanceLevel { get; init; }

    public required Novelty? Novelty { get; init; }

    public required Multiplicity? Multiplicity { get; init; }

    public required Structure? Structure { get; init; }

    public required LegalKind? LegalKind { get; init; }

    public required LegalInstrument? LegalInstrument { get; init; }

    public required Initiative? Initiative { get; init; }

    public required List<string> ActiveMunicipalityCodes { get; init; }

    public required List<ExitRuleDecision> RecordedDecisions { get; init; }

    public required List<ExitRuleRole> AssignedRoles { get; init; }

    public required DateOnly? OperatingSince { get; init; }

    public required RegisterEntry RegisterEntry { get; init; }

    // The exit rules never read the named tasks; leaving them out keeps the JSON column out of the query.
    public Dimensions Dimensions => Dimensions.FromStored(TaskTypes, TaskScope, GovernanceLevel, Novelty, Multiplicity, Structure,
        LegalKind, LegalInstrument, Initiative, []);

    IEnumerable<string> IExitRuleFacts.ActiveMunicipalityCodes => ActiveMunicipalityCodes;

    IEnumerable<ExitRuleDecision> IExitRuleFacts.RecordedDecisions => RecordedDecisions;

    IEnumerable<ExitRuleRole> IExitRuleFacts.AssignedRoles => AssignedRoles;

    public static readonly Expression<Func<Collaboration, ExitRuleFactsReadModel>> Projection = c => new ExitRuleFactsReadModel
    {
        Phase = c.Phase,
        TaskTypes = c.TaskTypes.ToList(),
        TaskScope = c.TaskScope,
        GovernanceLevel = c.GovernanceLevel,
        Novelty = c.Novelty,
        Multiplicity = c.Multiplicity,
        Structure = c.Structure,
        LegalKind = c.LegalKind,
        LegalInstrument = c.LegalInstrument,
        Initiative = c.Initiative,
        ActiveMunicipalityCodes = c.Participants.AsQueryable().Where(Participant.Active).Select(p => p.MunicipalityCode).ToList(),
        RecordedDecisions = c.Decisions.Select(d => new ExitRuleDecision(d.MunicipalityCode, d.Kind, d.DecidedOn, d.RecordedAt, d.Outcome)).ToList(),
        AssignedRoles = c.Roles.Select(r => new ExitRuleRole(r.Kind, r.AssignedInPhase)).ToList(),
        OperatingSince = c.OperatingSince,
        RegisterEntry = c.RegisterEntry,
    };
}
