using Samenwerking.Domain.Collaborations.Register;
using Samenwerking.Domain.Phases;

namespace Samenwerking.Domain.Collaborations;

/// <summary>
/// The collaboration as a correction would leave it, for the exit rules to judge before anything changes: what the
/// correction replaces is set here, the rest is read from the collaboration.
/// </summary>
internal sealed class ProposedFacts(IExitRuleFacts current) : IExitRuleFacts
{
    public Phase Phase => current.Phase;

    public Dimensions Dimensions => current.Dimensions;

    public IEnumerable<string> ActiveMunicipalityCodes => current.ActiveMunicipalityCodes;

    public IEnumerable<ExitRuleDecision> RecordedDecisions { get; init; } = current.RecordedDecisions;

    public IEnumerable<ExitRuleRole> AssignedRoles { get; init; } = current.AssignedRoles;

    public DateOnly? OperatingSince { get; init; } = current.OperatingSince;

    public RegisterEntry RegisterEntry => current.RegisterEntry;
}
