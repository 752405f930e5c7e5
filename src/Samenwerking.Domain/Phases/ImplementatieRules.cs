using Samenwerking.Domain.Common;
using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Roles;
using Samenwerking.Domain.Rules;

namespace Samenwerking.Domain.Phases;

public sealed class ProjectLeadAssigned : ExitRule
{
    public override string Code => "project-lead-assigned";

    public override RuleCheck Check(IExitRuleFacts collaboration, DateOnly today) =>
        When(collaboration.AssignedRoles.Any(r => r.LeadsTheProject && r.AssignedInPhase == Phase.Implementatie),
            new Text("A projectleider or programmamanager is assigned.", "Er is een projectleider of programmamanager aangewezen."),
            new Text($"Assign a {nameof(RoleKind.Projectleider).ToLowerInvariant()} or programmamanager during implementatie.",
                $"Wijs tijdens implementatie een {nameof(RoleKind.Projectleider).ToLowerInvariant()} of programmamanager aan."));
}

public sealed class OperatingSinceKnown : ExitRule
{
    public override string Code => "operating-since-known";

    public override RuleCheck Check(IExitRuleFacts collaboration, DateOnly today) => collaboration.OperatingSince switch
    {
        null => Unmet(new Text("Record the date the collaboration started operating.", "Leg de datum vast waarop de samenwerking begon te werken.")),
        { } date when RecordedDates.IsInTheFuture(date, today) => Unmet(new Text($"The collaboration starts operating on {date:yyyy-MM-dd}, which is in the future.",
            $"De samenwerking begint te werken op {date:yyyy-MM-dd}, en dat ligt in de toekomst.")),
        { } date => Met(new Text($"Operating since {date:yyyy-MM-dd}.", $"Werkt sinds {date:yyyy-MM-dd}.")),
    };
}

/// <summary>
/// A public-law regeling that starts operating must be in the register with what the law requires
/// (Wgr art. 27 and 136): see <see cref="Collaborations.Register.RegisterEntry.GapsOnceOperating"/>.
/// </summary>
public sealed class RegisterEntryComplete : ExitRule
{
    public override string Code => "register-entry-complete";

    public override RuleCheck Check(IExitRuleFacts collaboration, DateOnly today) =>
        collaboration.RegisterEntry.GapsOnceOperating(collaboration.Dimensions.LegalForm) is { Count: > 0 } gaps
            ? Unmet(new Text(string.Join(" ", gaps.Select(g => g.Message)),
                $"Verplicht zodra de regeling werkt: {string.Join(", ", gaps.Select(g => "register." + g.Field))}."))
            : Met(new Text("The register entry has what the law requires once the regeling operates.",
                "De registerinschrijving bevat wat de wet vereist zodra de regeling werkt."));
}
