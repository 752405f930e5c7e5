using Riok.Mapperly.Abstractions;
using Samenwerking.Domain.Evaluations;

namespace Samenwerking.Application.Evaluations;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class EvaluationMapper
{
    /// <summary>The evaluation with criterion names from its framework and the changes since <paramref name="previous"/>.</summary>
    public static EvaluationDto ToDto(this Evaluation evaluation, EvaluationFramework framework, Evaluation? previous)
    {
        var changes = EvaluationComparison.Changes(evaluation, previous).ToDictionary(c => c.CriterionCode);
        return MapCore(evaluation) with
        {
            FrameworkName = framework.Name,
            PreviousEvaluationId = previous?.Id,
            Scores = evaluation.Scores.Select(score => new CriterionScoreDto(
                score.CriterionCode,
                framework.CriterionFor(score.CriterionCode)?.Name ?? score.CriterionCode,
                score.Score,
                score.NietBeoordeeld,
                score.NotAssessedReason,
                score.Explanation,
                changes[score.CriterionCode].PreviousScore,
                changes[score.CriterionCode].Change)).ToList(),
        };
    }

    [MapperIgnoreTarget(nameof(EvaluationDto.FrameworkName))]
    [MapperIgnoreTarget(nameof(EvaluationDto.Scores))]
    [MapperIgnoreTarget(nameof(EvaluationDto.PreviousEvaluationId))]
    private static partial EvaluationDto MapCore(Evaluation evaluation);

    private static partial RecommendationDto MapRecommendation(Recommendation recommendation);
}
