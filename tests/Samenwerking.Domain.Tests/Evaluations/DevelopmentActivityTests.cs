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
    public void Held_in_any_phase_also_before_operating_but_not_in_the_future()
    {
        var exploring = InVerkenning();
        var operating = InDoorontwikkeling();

        exploring.RecordDevelopmentActivity(Masterclass, ByAdviser);
        operating.RecordDevelopmentActivity(Masterclass with { HeldOn = new DateOnly(2017, 12, 31) }, ByAdviser);
        var inAdvance = Assert.Throws<DomainRuleViolationException>(() =>
            operating.RecordDevelopmentActivity(Masterclass with { HeldOn = Today.AddDays(1) }, On(Today)));

        Assert.Equal("dated-in-the-future", inAdvance.ProblemType);
        Assert.Single(exploring.NewDevelopmentActivities);
        Assert.Single(operating.NewDevelopmentActivities);
    }

    [Fact]
    public void Planned_for_a_future_day_without_attendees_then_held_with_attendance_per_municipality()
    {
        var collaboration = InVerkenning();
        var planned = collaboration.RecordDevelopmentActivity(
            Masterclass with { HeldOn = Today.AddDays(30), AttendeeCount = 0, Status = DevelopmentActivityStatus.Gepland }, On(Today));

        collaboration.HoldDevelopmentActivity(planned, Today, 10, [new MunicipalAttendance("GM0489", 4), new MunicipalAttendance("GM0613", 6)], On(Today));

        Assert.Equal(DevelopmentActivityStatus.Gehouden, planned.Status);
        Assert.Equal(Today, planned.HeldOn);
        Assert.Equal(10, planned.Attendance.Sum(a => a.AttendeeCount));
        Assert.Equal(HistoryEntryKind.DevelopmentActivityStatusChanged, collaboration.NewHistory[^1].Kind);
    }

    [Fact]
    public void Only_a_planned_activity_is_held_or_cancelled_and_not_before_its_day()
    {
        var collaboration = InVerkenning();
        var planned = collaboration.RecordDevelopmentActivity(
            Masterclass with { HeldOn = Today.AddDays(3), AttendeeCount = 0, Status = DevelopmentActivityStatus.Gepland }, On(Today));

        var early = Assert.Throws<DomainRuleViolationException>(() => collaboration.HoldDevelopmentActivity(planned, null, 5, [], On(Today)));
        collaboration.CancelDevelopmentActivity(planned, On(Today));
        var again = Assert.Throws<DomainRuleViolationException>(() => collaboration.CancelDevelopmentActivity(planned, On(Today)));

        Assert.Equal("dated-in-the-future", early.ProblemType);
        Assert.Equal(DevelopmentActivityStatus.Geannuleerd, planned.Status);
        Assert.Equal("development-activity-not-planned", again.ProblemType);
    }

    [Fact]
    public void Attendance_is_counted_only_for_municipalities_that_take_or_took_part()
    {
        var refusal = Assert.Throws<DomainRuleViolationException>(() => InVerkenning().RecordDevelopmentActivity(
            Masterclass with { Attendance = [new MunicipalAttendance("GM0363", 2)] }, ByAdviser));

        Assert.Equal("attendance-of-non-participant", refusal.ProblemType);
        Assert.Equal("GM0363", refusal.Extensions["municipalityCode"]);
    }

    [Theory]
    [InlineData(10, 6, 5)]
    [InlineData(10, 0, 5)]
    public void Attendance_adds_up_to_no_more_than_came(int attendees, int first, int second) =>
        Assert.False(MunicipalAttendance.Fits(attendees, [new MunicipalAttendance("GM0489", first), new MunicipalAttendance("GM0613", second)]));

    [Theory]
    [InlineData("Leergang", 0)]
    [InlineData("  ", 12)]
    public void Has_a_title_and_at_least_one_attendee(string title, int attendees) =>
        Assert.Throws<ArgumentException>(() => InDoorontwikkeling().RecordDevelopmentActivity(
            Masterclass with { Title = title, AttendeeCount = attendees }, ByAdviser));
}
