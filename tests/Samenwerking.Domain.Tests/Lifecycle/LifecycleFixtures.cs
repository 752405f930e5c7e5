using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Decisions;
using Samenwerking.Domain.Roles;
using static Samenwerking.Domain.Tests.Collaborations.DomainFixtures;

namespace Samenwerking.Domain.Tests.Lifecycle;

/// <summary>The BAR-organisatie taken through its phases by the rules, so corrections have phases it has left.</summary>
internal static class LifecycleFixtures
{
    public static readonly DateOnly OperatingSince = Today.AddDays(-10);

    public static Collaboration InVoorbereiding()
    {
        var collaboration = InVerkenning(AllDecided);
        collaboration.TransitionTo(Phase.Voorbereiding, Today, "Besluit verkenning", ByAdviser);
        return collaboration;
    }

    public static Decision Decide(Collaboration collaboration, string code, DecisionKind kind, DecisionOutcome outcome = DecisionOutcome.Positief) =>
        collaboration.RecordDecision(new DecisionFacts(code, DecisionRules.BodiesFor(kind).Min(), kind, Today.AddDays(-40), outcome), ByAdviser);

    public static Collaboration InImplementatie()
    {
        var collaboration = InVoorbereiding();
        foreach (var code in new[] { Barendrecht.Code, Albrandswaard.Code })
        {
            Decide(collaboration, code, DecisionKind.Toestemming);
            Decide(collaboration, code, DecisionKind.BesluitTotDeelname);
        }

        collaboration.TransitionTo(Phase.Implementatie, Today, "Alle besluiten genomen", ByAdviser);
        return collaboration;
    }

    public static Collaboration InDoorontwikkeling()
    {
        var collaboration = InImplementatie();
        collaboration.AssignRole(new RoleFacts(RoleKind.Projectleider, "P. Leider", "Gemeente Barendrecht"), ByAdviser);
        collaboration.SetOperatingSince(OperatingSince, ByAdviser);
        collaboration.Edit(collaboration.Name, null, AllDecided, ByAdviser, CompleteRegister);
        collaboration.TransitionTo(Phase.Doorontwikkeling, Today, "Werkt", ByAdviser);
        return collaboration;
    }

    /// <summary>Both participants' raden and colleges decided to dissolve.</summary>
    public static Collaboration ReadyToDissolve()
    {
        var collaboration = InDoorontwikkeling();
        foreach (var code in new[] { Barendrecht.Code, Albrandswaard.Code })
        {
            Decide(collaboration, code, DecisionKind.ToestemmingTotOpheffing);
            Decide(collaboration, code, DecisionKind.BesluitTotOpheffing);
        }

        return collaboration;
    }
}
