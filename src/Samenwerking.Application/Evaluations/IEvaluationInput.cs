using Samenwerking.Application.Evaluations.RecordEvaluation;
using Samenwerking.Domain.Evaluations;

namespace Samenwerking.Application.Evaluations;

/// <summary>An evaluation as a command states it: recorded and corrected alike.</summary>
public interface IEvaluationInput
{
    DateOnly EvaluatedOn { get; }

    EvaluationKind Kind { get; }

    string Evaluator { get; }

    IReadOnlyList<CriterionScoreInput> Scores { get; }

    string? Findings { get; }

    IReadOnlyList<RecommendationInput> Recommendations { get; }
}

public static class EvaluationInputFacts
{
    public static EvaluationFacts ToFacts(this IEvaluationInput input) => new(input.EvaluatedOn, input.Kind, input.Evaluator,
        input.Scores.Select(s => s.ToDomain()).ToList(), input.Findings, input.Recommendations.Select(r => new Recommendation(r.Text, r.Owner)).ToList());
}
