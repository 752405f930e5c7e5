using Samenwerking.Domain.Evaluations;

namespace Samenwerking.Application.Evaluations;

/// <summary>
/// Composed by hand rather than generated: most of the representation comes from the framework and the
/// comparison with the previous evaluation, not from the evaluation itself.
/// </summary>
public static class EvaluationMapper
{
    /// <summary>The evaluation with criterion names from its framework and the changes since <paramref name="previous"/>.</summary>
    public static EvaluationDto ToDto(this Evaluation evaluation, EvaluationFramework framework, Evaluation? previous)
    {
        var changes = EvaluationComparison.Changes(evaluation, previous).ToDictionary(c => c.CriterionCode);
        return new EvaluationDto
        {
            Id = evaluation.Id,
            CollaborationId = evaluation.CollaborationId,
            FrameworkId = evaluation.FrameworkId,
            FrameworkName = framework.Name,
            EvaluatedOn = evaluation.EvaluatedOn,
            Kind = evaluation.Kind,
            Evaluator = evaluation.Evaluator,
            MeanScore = evaluation.MeanScore,
            Scores = evaluation.Scores.Select(score => new CriterionScoreDto(
                score.CriterionCode,
                framework.CriterionFor(score.CriterionCode)?.Name ?? score.CriterionCode,
                score.Score,
                score.NietBeoordeeld,
                score.NotAssessedReason,
                score.Explanation,
                changes[score.CriterionCode].PreviousScore,
                changes[score.CriterionCode].Change)).ToList(),
            Findings = evaluation.Findings,
            Recommendations = evaluation.Recommendations.Select(r => new RecommendationDto(r.Text, r.Owner)).ToList(),
            PreviousEvaluationId = previous?.Id,
            RecordedAt = evaluation.RecordedAt,
        };
    }
}
