using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Roles;

namespace Samenwerking.Domain.Phases;

public sealed class ProjectLeadAssigned : ExitRule
{
    public override string Code => "project-lead-assigned";

    public override RuleCheck Check(Collaboration collaboration, DateOnly today) =>
        When(collaboration.Roles.Any(r => r.LeadsTheProject && r.AssignedInPhase == Phase.Implementatie),
            "A projectleider or programmamanager is assigned.",
            $"Assign a {nameof(RoleKind.Projectleider).ToLowerInvariant()} or programmamanager during implementatie.");
}

public sealed class OperatingSinceKnown : ExitRule
{
    public override string Code => "operating-since-known";

    public override RuleCheck Check(Collaboration collaboration, DateOnly today) => collaboration.OperatingSince switch
    {
        null => Unmet("Record the date the collaboration started operating."),
        { } date when date > today => Unmet($"The collaboration starts operating on {date:yyyy-MM-dd}, which is in the future."),
        { } date => Met($"Operating since {date:yyyy-MM-dd}."),
    };
}

/// <summary>
/// A public-law regeling that starts operating must be in the register with what the law requires
/// (Wgr art. 27 and 136): see <see cref="Collaborations.Register.RegisterEntry.GapsOnceOperating"/>.
/// </summary>
public sealed class RegisterEntryComplete : ExitRule
{
    public override string Code => "register-entry-complete";

    public override RuleCheck Check(Collaboration collaboration, DateOnly today) =>
        collaboration.RegisterEntry.GapsOnceOperating(collaboration.Dimensions.LegalForm) is { Count: > 0 } gaps
            ? Unmet(string.Join(" ", gaps.Select(g => g.Message)))
            : Met("The register entry has what the law requires once the regeling operates.");
}
