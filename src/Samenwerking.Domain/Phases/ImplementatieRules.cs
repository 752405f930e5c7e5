using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Roles;

namespace Samenwerking.Domain.Phases;

public sealed class ProjectLeadAssigned : ExitRule
{
    public override string Code => "project-lead-assigned";

    public override RuleCheck Check(IExitRuleFacts collaboration, DateOnly today) =>
        When(collaboration.AssignedRoles.Any(r => r.LeadsTheProject && r.AssignedInPhase == Phase.Implementatie),
            "A projectleider or programmamanager is assigned.",
            $"Assign a {nameof(RoleKind.Projectleider).ToLowerInvariant()} or programmamanager during implementatie.");
}

public sealed class OperatingSinceKnown : ExitRule
{
    public override string Code => "operating-since-known";

    public override RuleCheck Check(IExitRuleFacts collaboration, DateOnly today) => collaboration.OperatingSince switch
    {
        null => Unmet("Record the date the collaboration started operating."),
        { } date when date > today => Unmet($"The collaboration starts operating on {date:yyyy-MM-dd}, which is in the future."),
        { } date => Met($"Operating since {date:yyyy-MM-dd}."),
    };
}
