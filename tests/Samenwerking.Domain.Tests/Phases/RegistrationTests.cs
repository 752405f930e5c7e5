using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Common;
using Samenwerking.Domain.Phases;
using static Samenwerking.Domain.Tests.Collaborations.DomainFixtures;

namespace Samenwerking.Domain.Tests.Phases;

public sealed class RegistrationTests
{
    [Fact]
    public void Registered_in_doorontwikkeling_earlier_phases_are_not_recorded_and_nothing_is_invented()
    {
        var buch = Collaboration.Register("Werkorganisatie BUCH", null, AllDecided, [Joins(Barendrecht), Joins(Albrandswaard)],
            Phase.Doorontwikkeling, new DateOnly(2017, 1, 1), ByAdviser, CompleteRegister);

        Assert.Equal(
            [PhaseStatus.NotRecorded, PhaseStatus.NotRecorded, PhaseStatus.NotRecorded, PhaseStatus.Current],
            buch.PhaseTimeline().Select(p => p.Status));
        Assert.Equal(new DateOnly(2017, 1, 1), buch.PhaseTimeline()[3].StartedOn);
        Assert.Empty(buch.Decisions);
        Assert.Empty(buch.Roles);
        Assert.Empty(buch.Transitions);
        Assert.Contains("after the fact", Assert.Single(buch.NewHistory).Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Registered_in_implementatie_the_start_of_that_phase_is_unknown()
    {
        var registered = Collaboration.Register("In aanbouw", null, AllDecided, [Joins(Barendrecht), Joins(Albrandswaard)],
            Phase.Implementatie, null, ByAdviser);

        var current = registered.PhaseTimeline()[2];
        Assert.Equal(PhaseStatus.Current, current.Status);
        Assert.Null(current.StartedOn);
        Assert.Equal(PhaseStatus.Upcoming, registered.PhaseTimeline()[3].Status);
    }

    [Theory]
    [InlineData(Phase.Voorbereiding)]
    [InlineData(Phase.Verkenning)]
    public void Registration_is_for_implementatie_or_doorontwikkeling(Phase phase) =>
        Assert.Equal("registration-incomplete", Assert.Throws<DomainRuleViolationException>(() =>
            Collaboration.Register("X-samenwerking", null, AllDecided, [Joins(Barendrecht), Joins(Albrandswaard)], phase, null, ByAdviser)).ProblemType);

    [Fact]
    public void Registration_lists_every_missing_fact()
    {
        var gaps = Collaboration.RegistrationGaps(AllDecided with { Initiative = null }, 1, Phase.Doorontwikkeling, null, Today, CompleteRegister);

        Assert.Equal(3, gaps.Count);
        Assert.Contains(gaps, g => g.English.Contains("two participating", StringComparison.Ordinal));
        Assert.Contains(gaps, g => g.English.Contains("initiative", StringComparison.Ordinal));
        Assert.Contains(gaps, g => g.English.Contains("operatingSince", StringComparison.Ordinal));
    }

    [Fact]
    public void A_new_collaboration_shows_verkenning_current_from_today()
    {
        var timeline = InVerkenning().PhaseTimeline();

        Assert.Equal([PhaseStatus.Current, PhaseStatus.Upcoming, PhaseStatus.Upcoming, PhaseStatus.Upcoming], timeline.Select(p => p.Status));
        Assert.Equal(Today, timeline[0].StartedOn);
    }
}
