using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Common;
using Samenwerking.Domain.Evaluations;
using Samenwerking.Domain.History;
using static Samenwerking.Domain.Tests.Collaborations.DomainFixtures;
using static Samenwerking.Domain.Tests.Evaluations.EvaluationFixtures;

namespace Samenwerking.Domain.Tests.Evaluations;

public sealed class DevelopmentActivityTests
{
    private static readonly DevelopmentActivityFacts Masterclass =
        new(DevelopmentActivityKind.Masterclass, " Masterclass sturen op samenwerking ", new DateOnly(2024, 4, 18), 24, "Voor raadsleden.");

    [Fact]
    public void Records_an_activity_in_doorontwikkeling_with_a_history_line()
    {
        var collaboration = InDoorontwikkeling();

        var activity = collaboration.RecordDevelopmentActivity(Masterclass, ByAdviser);

        Assert.Same(activity, Assert.Single(collaboration.NewDevelopmentActivities));
        Assert.Equal("Masterclass sturen op samenwerking", activity.Title);
        Assert.Equal(24, activity.AttendeeCount);
        Assert.Equal(HistoryEntryKind.DevelopmentActivityRecorded, collaboration.NewHistory[^1].Kind);
        Assert.Contains("masterclass 'Masterclass sturen op samenwerking' on 2024-04-18 with 24 attendee(s)", collaboration.NewHistory[^1].Summary,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Only_in_doorontwikkeling()
    {
        var refusal = Assert.Throws<DomainRuleViolationException>(() => InVerkenning().RecordDevelopmentActivity(Masterclass, ByAdviser));

        Assert.Equal("development-activity-requires-doorontwikkeling", refusal.ProblemType);
        Assert.Equal(Phase.Verkenning, refusal.Extensions["currentPhase"]);
    }

    [Fact]
    public void Not_before_the_collaboration_started_operating_nor_in_the_future()
    {
        var collaboration = InDoorontwikkeling();

        var refusal = Assert.Throws<DomainRuleViolationException>(() =>
            collaboration.RecordDevelopmentActivity(Masterclass with { HeldOn = new DateOnly(2017, 12, 31) }, ByAdviser));
        var inAdvance = Assert.Throws<DomainRuleViolationException>(() =>
            collaboration.RecordDevelopmentActivity(Masterclass with { HeldOn = Today.AddDays(1) }, On(Today)));
        Assert.Equal("dated-in-the-future", inAdvance.ProblemType);

        Assert.Equal("dated-before-operating-since", refusal.ProblemType);
        Assert.Empty(collaboration.NewDevelopmentActivities);
    }

    [Theory]
    [InlineData("Leergang", 0)]
    [InlineData("  ", 12)]
    public void Has_a_title_and_at_least_one_attendee(string title, int attendees) =>
        Assert.Throws<ArgumentException>(() => InDoorontwikkeling().RecordDevelopmentActivity(
            Masterclass with { Title = title, AttendeeCount = attendees }, ByAdviser));
}
