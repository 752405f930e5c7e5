namespace Samenwerking.Domain.Evaluations;

/// <summary>How one criterion moved since the previous evaluation with the same framework.</summary>
/// <param name="PreviousScore">The score the previous evaluation gave; null when there was none or it was not assessed then.</param>
/// <param name="Change">This score minus the previous one; null unless both were scored.</param>
public sealed record CriterionChange(string CriterionCode, int? PreviousScore, int? Change);

/// <summary>
/// Comparing evaluations over time, per criterion, is what users want to see. Only evaluations with
/// the same framework compare: a score on another framework's criterion means something else.
/// </summary>
public static class EvaluationComparison
{
    /// <summary>The latest evaluation with the same framework that took place before <paramref name="evaluation"/>.</summary>
    public static Evaluation? PreviousOf(Evaluation evaluation, IEnumerable<Evaluation> evaluations) =>
        evaluations
            .Where(e => e.FrameworkId == evaluation.FrameworkId && e.Precedes(evaluation))
            .Aggregate((Evaluation?)null, (latest, e) => latest is null || latest.Precedes(e) ? e : latest);

    public static IReadOnlyList<CriterionChange> Changes(Evaluation evaluation, Evaluation? previous) =>
        evaluation.Scores.Select(score =>
        {
            var before = previous?.ScoreFor(score.CriterionCode)?.Score;
            return new CriterionChange(score.CriterionCode, before, score.Score - before);
        }).ToList();
}
