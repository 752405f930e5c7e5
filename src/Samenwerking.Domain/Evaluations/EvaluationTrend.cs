namespace Samenwerking.Domain.Evaluations;

/// <summary>One evaluation's score on a criterion; null when the criterion was not assessed that time.</summary>
public sealed record TrendPoint(Guid EvaluationId, DateOnly EvaluatedOn, int? Score);

/// <summary>A criterion's scores over time, oldest first: one line in a chart.</summary>
public sealed record CriterionSeries(EvaluationCriterion Criterion, IReadOnlyList<TrendPoint> Points);

public static class EvaluationTrend
{
    /// <summary>
    /// Per criterion of <paramref name="framework"/>, in its order, the scores of the evaluations that
    /// used it, in the order they took place. A point is kept when the criterion was not assessed, so
    /// every series has the same dates and a chart shows the gap.
    /// </summary>
    public static IReadOnlyList<CriterionSeries> For(EvaluationFramework framework, IEnumerable<Evaluation> evaluations)
    {
        var chronological = evaluations.Where(e => e.FrameworkId == framework.Id)
            .OrderBy(e => e.EvaluatedOn).ThenBy(e => e.RecordedAt).ThenBy(e => e.Id)
            .ToList();
        return framework.Criteria.Select(criterion => new CriterionSeries(criterion,
                chronological.Select(e => new TrendPoint(e.Id, e.EvaluatedOn, e.ScoreFor(criterion.Code)?.Score)).ToList()))
            .ToList();
    }
}
