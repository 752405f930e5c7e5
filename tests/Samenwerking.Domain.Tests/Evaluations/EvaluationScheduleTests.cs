using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Evaluations;
using Samenwerking.Domain.History;
using static Samenwerking.Domain.Tests.Collaborations.DomainFixtures;
using static Samenwerking.Domain.Tests.Evaluations.EvaluationFixtures;

namespace Samenwerking.Domain.Tests.Evaluations;

public sealed class EvaluationScheduleTests
{
    [Theory]
    [InlineData("2020-02-29", 1, "2021-02-28")]
    [InlineData("2020-02-29", 3, "2023-02-28")]
    [InlineData("2020-02-29", 4, "2024-02-29")]
    [InlineData("2019-03-01", 1, "2020-03-01")]
    [InlineData("2018-01-01", 10, "2028-01-01")]
    public void Adds_whole_calendar_years_and_a_leap_day_falls_back_to_28_february(string from, int years, string due) =>
        Assert.Equal(DateOnly.Parse(due), EvaluationSchedule.NextDue(DateOnly.Parse(from), null, years));

    [Fact]
    public void The_last_evaluation_counts_before_the_start_of_the_cycle() =>
        Assert.Equal(new DateOnly(2026, 5, 1), EvaluationSchedule.NextDue(new DateOnly(2022, 5, 1), new DateOnly(2018, 1, 1), 4));

    [Fact]
    public void Never_evaluated_and_registered_in_doorontwikkeling_it_is_due_an_interval_after_it_started_operating()
    {
        var collaboration = InDoorontwikkeling();

        Assert.Equal(4, collaboration.EvaluationIntervalYears);
        Assert.Null(collaboration.LastEvaluatedOn);
        Assert.Equal(new DateOnly(2022, 1, 1), collaboration.NextEvaluationDue);
    }

    [Fact]
    public void Never_evaluated_after_a_transition_it_is_due_an_interval_after_the_transition()
    {
        var collaboration = TransitionedToDoorontwikkeling(new DateOnly(2020, 2, 29));

        Assert.Equal(new DateOnly(2024, 2, 29), collaboration.NextEvaluationDue);
        collaboration.ChangeEvaluationInterval(1, ByAdviser);
        Assert.Equal(new DateOnly(2021, 2, 28), collaboration.NextEvaluationDue);
    }

    [Fact]
    public void Outside_doorontwikkeling_nothing_is_due()
    {
        Assert.Null(InVerkenning().NextEvaluationDue);
        Assert.Null(Collaboration.Register("BUCH", null, AllDecided, [Joins(Barendrecht), Joins(Albrandswaard)],
            Phase.Implementatie, OperatingSince, ByAdviser).NextEvaluationDue);
    }

    [Fact]
    public void After_an_evaluation_it_is_due_an_interval_after_the_latest_one()
    {
        var collaboration = InDoorontwikkeling();
        var framework = Framework();

        collaboration.RecordEvaluation(framework, Facts(new DateOnly(2024, 2, 29)), ByAdviser);
        Assert.Equal(new DateOnly(2028, 2, 29), collaboration.NextEvaluationDue);

        // An older report entered later does not move the schedule back.
        collaboration.RecordEvaluation(framework, Facts(new DateOnly(2021, 6, 1)), ByAdviser);
        Assert.Equal(new DateOnly(2024, 2, 29), collaboration.LastEvaluatedOn);
        Assert.Equal(new DateOnly(2028, 2, 29), collaboration.NextEvaluationDue);
    }

    [Fact]
    public void Changing_the_interval_moves_the_due_date_and_is_recorded()
    {
        var collaboration = InDoorontwikkeling();
        collaboration.RecordEvaluation(Framework(), Facts(new DateOnly(2024, 2, 29)), ByAdviser);

        collaboration.ChangeEvaluationInterval(1, ByAdviser);

        Assert.Equal(1, collaboration.EvaluationIntervalYears);
        Assert.Equal(new DateOnly(2025, 2, 28), collaboration.NextEvaluationDue);
        var line = collaboration.NewHistory[^1];
        Assert.Equal(HistoryEntryKind.EvaluationIntervalChanged, line.Kind);
        Assert.Contains("from 4 to 1 years; next evaluation due 2025-02-28", line.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Setting_the_same_interval_changes_nothing()
    {
        var collaboration = InDoorontwikkeling();
        var lines = collaboration.NewHistory.Count;
        var updatedAt = collaboration.UpdatedAt;

        collaboration.ChangeEvaluationInterval(4, ByAdviser);

        Assert.Equal(lines, collaboration.NewHistory.Count);
        Assert.Equal(updatedAt, collaboration.UpdatedAt);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    [InlineData(-4)]
    public void The_interval_is_one_to_ten_years(int years)
    {
        var collaboration = InDoorontwikkeling();

        Assert.Throws<ArgumentOutOfRangeException>(() => collaboration.ChangeEvaluationInterval(years, ByAdviser));
        Assert.Equal(4, collaboration.EvaluationIntervalYears);
    }

    [Fact]
    public void The_interval_can_be_agreed_before_doorontwikkeling()
    {
        var collaboration = InVerkenning();

        collaboration.ChangeEvaluationInterval(3, ByAdviser);

        Assert.Equal(3, collaboration.EvaluationIntervalYears);
        Assert.Null(collaboration.NextEvaluationDue);
    }

    [Fact]
    public void Overdue_once_the_due_date_has_passed_not_on_it()
    {
        var collaboration = InDoorontwikkeling();
        var due = collaboration.NextEvaluationDue!.Value;
        var overdue = Collaboration.EvaluationOverdueOn(due).Compile();
        var onSchedule = Collaboration.EvaluationOnScheduleOn(due).Compile();

        Assert.False(collaboration.IsEvaluationOverdue(due));
        Assert.True(collaboration.IsEvaluationOverdue(due.AddDays(1)));
        Assert.False(overdue(collaboration));
        Assert.True(onSchedule(collaboration));
        Assert.True(Collaboration.EvaluationOverdueOn(due.AddDays(1)).Compile()(collaboration));
        Assert.False(Collaboration.EvaluationOnScheduleOn(due.AddDays(1)).Compile()(collaboration));
    }

    [Fact]
    public void Without_a_due_date_a_collaboration_is_neither_overdue_nor_on_schedule()
    {
        var exploring = InVerkenning();

        Assert.False(exploring.IsEvaluationOverdue(Today));
        Assert.False(Collaboration.EvaluationOverdueOn(Today).Compile()(exploring));
        Assert.False(Collaboration.EvaluationOnScheduleOn(Today).Compile()(exploring));
    }
}
