using Samenwerking.Domain.Herindelingen;
using Samenwerking.Domain.Municipalities;
using static Samenwerking.Domain.Tests.Collaborations.DomainFixtures;
using static Samenwerking.Domain.Tests.Lifecycle.LifecycleFixtures;

namespace Samenwerking.Domain.Tests.Lifecycle;

/// <summary>A herindeling passes on the participations of regelingen that still operate on its date, not of dissolved ones.</summary>
public sealed class DissolvedHerindelingTests
{
    private static readonly Municipality Groningen = new("GM0014", "Groningen", "PV20", "Groningen", new DateOnly(1970, 1, 1), null);

    private static Herindeling BarendrechtIntoGroningenOn(DateOnly date) =>
        Herindeling.Declare(date, [Barendrecht.Code], Groningen.Code,
            new[] { new Municipality(Barendrecht.Code, Barendrecht.Name, "PV28", "Zuid-Holland", new DateOnly(1970, 1, 1), date), Groningen }.ToLookup(m => m.Code));

    [Fact]
    public void A_regeling_dissolved_by_the_herindelings_date_passes_nothing_on()
    {
        var collaboration = ReadyToDissolve();
        collaboration.Dissolve(Today, "Taken terug naar de gemeenten", ByAdviser);

        Assert.Empty(collaboration.PlanHerindeling(BarendrechtIntoGroningenOn(Today)));
        Assert.Empty(collaboration.PlanHerindeling(BarendrechtIntoGroningenOn(Today.AddDays(30))));
    }

    [Fact]
    public void A_regeling_dissolved_after_the_herindeling_still_passed_its_participation_on_that_date()
    {
        var collaboration = ReadyToDissolve();
        collaboration.Dissolve(Today, "Taken terug naar de gemeenten", ByAdviser);

        Assert.NotEmpty(collaboration.PlanHerindeling(BarendrechtIntoGroningenOn(Today.AddDays(-1))));
    }
}
