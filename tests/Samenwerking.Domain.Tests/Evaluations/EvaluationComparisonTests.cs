using Samenwerking.Domain.Evaluations;
using static Samenwerking.Domain.Tests.Collaborations.DomainFixtures;
using static Samenwerking.Domain.Tests.Evaluations.EvaluationFixtures;

namespace Samenwerking.Domain.Tests.Evaluations;

public sealed class EvaluationComparisonTests
{
    private readonly EvaluationFramework framework = Framework();
    private readonly EvaluationFramework other = Framework("Ander kader");

    [Fact]
    public void Compares_with_the_latest_earlier_evaluation_on_the_same_framework()
    {
        var collaboration = InDoorontwikkeling();
        var first = collaboration.RecordEvaluation(framework, Facts(new DateOnly(2019, 1, 1), 2, 3, 4), ByAdviser);
        var onOther = collaboration.RecordEvaluation(other, Facts(new DateOnly(2020, 1, 1), 5, 5, 5), ByAdviser);
        var second = collaboration.RecordEvaluation(framework, Facts(new DateOnly(2021, 1, 1), 4, 3, 2), ByAdviser);
        var all = collaboration.NewEvaluations;

        Assert.Null(EvaluationComparison.PreviousOf(first, all));
        Assert.Null(EvaluationComparison.PreviousOf(onOther, all));
        Assert.Same(first, EvaluationComparison.PreviousOf(second, all));
        var changes = EvaluationComparison.Changes(second, first);
        Assert.Equal([2, 3, 4], changes.Select(c => c.PreviousScore));
        Assert.Equal([2, 0, -2], changes.Select(c => c.Change));
    }

    [Fact]
    public void A_backdated_evaluation_compares_with_the_one_before_its_date()
    {
        var collaboration = InDoorontwikkeling();
        var early = collaboration.RecordEvaluation(framework, Facts(new DateOnly(2019, 1, 1)), ByAdviser);
        var late = collaboration.RecordEvaluation(framework, Facts(new DateOnly(2023, 1, 1)), ByAdviser);
        var entered = collaboration.RecordEvaluation(framework, Facts(new DateOnly(2021, 1, 1)), ByAdviser);
        var all = collaboration.NewEvaluations;

        Assert.Same(early, EvaluationComparison.PreviousOf(entered, all));
        Assert.Same(entered, EvaluationComparison.PreviousOf(late, all));
    }

    [Fact]
    public void Two_on_the_same_date_follow_the_order_they_were_recorded_in()
    {
        var collaboration = InDoorontwikkeling();
        var morning = collaboration.RecordEvaluation(framework, Facts(new DateOnly(2023, 1, 1)), ByAdviser);
        var afternoon = collaboration.RecordEvaluation(framework, Facts(new DateOnly(2023, 1, 1)), ByAdviser with { Now = ByAdviser.Now.AddHours(4) });

        Assert.Same(morning, EvaluationComparison.PreviousOf(afternoon, collaboration.NewEvaluations));
        Assert.Null(EvaluationComparison.PreviousOf(morning, collaboration.NewEvaluations));
    }

    [Fact]
    public void A_criterion_not_assessed_then_or_now_has_no_change()
    {
        var collaboration = InDoorontwikkeling();
        var first = collaboration.RecordEvaluation(framework, Facts(new DateOnly(2019, 1, 1), 3, null, 2), ByAdviser);
        var second = collaboration.RecordEvaluation(framework, Facts(new DateOnly(2021, 1, 1), null, 4, 3), ByAdviser);

        var changes = EvaluationComparison.Changes(second, first);

        Assert.Equal([3, null, 2], changes.Select(c => c.PreviousScore));
        Assert.Equal([null, null, 1], changes.Select(c => c.Change));
        Assert.All(EvaluationComparison.Changes(first, null), c => Assert.Null(c.Change));
    }
}
