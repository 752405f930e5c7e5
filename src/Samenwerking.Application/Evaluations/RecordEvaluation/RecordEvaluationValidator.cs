using FluentValidation;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Text;
using Samenwerking.Application.Common.Validation;
using Samenwerking.Domain.Common;
using Samenwerking.Domain.Evaluations;

namespace Samenwerking.Application.Evaluations.RecordEvaluation;

/// <summary>
/// The shape of an evaluation. Whether the scores cover the framework's criteria needs the framework;
/// the handler asks the framework and reports those problems as a 400 too.
/// </summary>
public sealed class RecordEvaluationValidator : AbstractValidator<RecordEvaluationCommand>
{
    private const int MaxScores = 100;

    public RecordEvaluationValidator(IClock clock)
    {
        RuleFor(e => e.FrameworkId).NotEmpty().WithMessage(_ => Localized.Text(
            "'{PropertyName}' is required: the id of the framework whose criteria are scored.",
            "'{PropertyName}' is verplicht: het id van het kader waarvan de criteria worden beoordeeld."));
        RuleFor(e => e.EvaluatedOn).NotEmpty()
            .NotInTheFuture(clock);
        RuleFor(e => e.Kind).IsInEnum().WithMessage(_ => Localized.Text(
            $"'{{PropertyName}}' is required: one of {DomainTerms.AllOf<EvaluationKind>()}.",
            $"'{{PropertyName}}' is verplicht: een van {DomainTerms.AllOf<EvaluationKind>()}."));
        RuleFor(e => e.Evaluator).NotEmpty().MaximumLength(EvaluationFacts.MaxEvaluatorLength);
        RuleFor(e => e.Findings).MaximumLength(EvaluationFacts.MaxFindingsLength);
        RuleFor(e => e.Scores).NotEmpty().WithMessage(_ => Localized.Text(
                "'{PropertyName}' must judge every criterion of the framework.",
                "'{PropertyName}' moet elk criterium van het kader beoordelen."))
            .ItemCount(0, MaxScores).WithMessage(_ => Localized.Text(
                $"'{{PropertyName}}' has at most {MaxScores} entries.",
                $"'{{PropertyName}}' heeft ten hoogste {MaxScores} elementen."));
        RuleForEach(e => e.Scores).NotNull().SetValidator(new CriterionScoreInputValidator());
        RuleFor(e => e.Recommendations).NotNull()
            .ItemCount(0, EvaluationFacts.MaxRecommendations)
            .WithMessage(_ => Localized.Text(
                $"'{{PropertyName}}' has at most {EvaluationFacts.MaxRecommendations} entries.",
                $"'{{PropertyName}}' heeft ten hoogste {EvaluationFacts.MaxRecommendations} elementen."));
        RuleForEach(e => e.Recommendations).NotNull().ChildRules(recommendation =>
        {
            recommendation.RuleFor(r => r.Text).NotEmpty().MaximumLength(Recommendation.MaxTextLength);
            recommendation.RuleFor(r => r.Owner).MaximumLength(Recommendation.MaxOwnerLength);
        });
    }
}

public sealed class CriterionScoreInputValidator : AbstractValidator<CriterionScoreInput>
{
    public CriterionScoreInputValidator()
    {
        RuleFor(s => s.Criterion).NotEmpty();
        // Outside the When below, so the OpenAPI document shows the range; a score left out passes it.
        RuleFor(s => s.Score).InclusiveBetween(CriterionScore.MinScore, CriterionScore.MaxScore)
            .WithMessage(_ => Localized.Text(
                $"'{{PropertyName}}' is {CriterionScore.MinScore} to {CriterionScore.MaxScore}.",
                $"'{{PropertyName}}' is {CriterionScore.MinScore} tot en met {CriterionScore.MaxScore}."));
        When(s => !s.NietBeoordeeld, () =>
        {
            RuleFor(s => s.Score).NotNull()
                .WithMessage(_ => Localized.Text(
                    $"'{{PropertyName}}' is required: {CriterionScore.MinScore} to {CriterionScore.MaxScore}, or set nietBeoordeeld with a reason.",
                    $"'{{PropertyName}}' is verplicht: {CriterionScore.MinScore} tot en met {CriterionScore.MaxScore}, of zet nietBeoordeeld en geef een reden."));
            RuleFor(s => s.Explanation).NotEmpty().WithMessage(_ => Localized.Text(
                    "'{PropertyName}' is required with a score: say why.",
                    "'{PropertyName}' is verplicht bij een score: licht toe waarom."))
                .MaximumLength(CriterionScore.MaxTextLength);
            RuleFor(s => s.Reason).Null().WithMessage(_ => Localized.Text(
                "'{PropertyName}' is only for a criterion that is nietBeoordeeld.",
                "'{PropertyName}' hoort alleen bij een criterium dat nietBeoordeeld is."));
        });
        When(s => s.NietBeoordeeld, () =>
        {
            RuleFor(s => s.Score).Null().WithMessage(_ => Localized.Text(
                "'{PropertyName}' must be left out for a criterion that is nietBeoordeeld.",
                "'{PropertyName}' moet wegblijven bij een criterium dat nietBeoordeeld is."));
            RuleFor(s => s.Reason).NotEmpty().WithMessage(_ => Localized.Text(
                    "'{PropertyName}' is required: say why the criterion was not assessed.",
                    "'{PropertyName}' is verplicht: geef aan waarom het criterium niet is beoordeeld."))
                .MaximumLength(CriterionScore.MaxTextLength);
            RuleFor(s => s.Explanation).MaximumLength(CriterionScore.MaxTextLength);
        });
    }
}
