namespace Samenwerking.Domain.Evaluations;

/// <summary>What an evaluation found, before it is recorded.</summary>
/// <param name="EvaluatedOn">The date of the evaluation (of its report, for an external one).</param>
/// <param name="Evaluator">The organisation or person who evaluated.</param>
/// <param name="Scores">One per criterion of the framework: scored or explicitly not assessed.</param>
public sealed record EvaluationFacts(
    DateOnly EvaluatedOn,
    EvaluationKind Kind,
    string Evaluator,
    IReadOnlyList<CriterionScore> Scores,
    string? Findings = null,
    IReadOnlyList<Recommendation>? Recommendations = null)
{
    public const int MaxEvaluatorLength = 200;
    public const int MaxFindingsLength = 8000;
    public const int MaxRecommendations = 50;
}
