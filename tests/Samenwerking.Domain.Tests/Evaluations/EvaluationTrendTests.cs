using Samenwerking.Domain.Evaluations;
using static Samenwerking.Domain.Tests.Collaborations.DomainFixtures;
using static Samenwerking.Domain.Tests.Evaluations.EvaluationFixtures;

namespace Samenwerking.Domain.Tests.Evaluations;

public sealed class EvaluationTrendTests
{
    [Fact]
    public void One_series_per_criterion_in_order_with_a_point_per_evaluation_oldest_first()
    {
        var framework = Framework();
        var collaboration = InDoorontwikkeling();
        var latest = collaboration.RecordEvaluation(framework, Facts(new DateOnly(2024, 1, 1), 4, null, 3), ByAdviser);
        collaboration.RecordEvaluation(Framework("Ander kader"), Facts(new DateOnly(2022, 1, 1), 1, 1, 1), ByAdviser);
        var earliest = collaboration.RecordEvaluation(framework, Facts(new DateOnly(2020, 1, 1), 2, 3, 3), ByAdviser);

        var trend = EvaluationTrend.For(framework, collaboration.NewEvaluations);

        Assert.Equal(["kwaliteit", "kosten", "bestuurlijkeDrukte"], trend.Select(s => s.Criterion.Code));
        Assert.All(trend, series => Assert.Equal([earliest.Id, latest.Id], series.Points.Select(p => p.EvaluationId)));
        Assert.Equal([2, 4], trend[0].Points.Select(p => p.Score));
        Assert.Equal([3, null], trend[1].Points.Select(p => p.Score));
        Assert.Equal([new DateOnly(2020, 1, 1), new DateOnly(2024, 1, 1)], trend[2].Points.Select(p => p.EvaluatedOn));
    }

    [Fact]
    public void Without_evaluations_every_series_is_empty()
    {
        var trend = EvaluationTrend.For(Framework(), []);

        Assert.Equal(3, trend.Count);
        Assert.All(trend, series => Assert.Empty(series.Points));
    }
}
