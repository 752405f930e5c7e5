using Microsoft.Extensions.Localization;
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

    public RecordEvaluationValidator(IClock clock, IStringLocalizer<Messages> messages)
    {
        RuleFor(e => e.FrameworkId).NotEmpty().WithMessage(_ => messages.Get("Validation.Evaluation.FrameworkRequired"));
        RuleFor(e => e.EvaluatedOn).NotEmpty()
            .NotInTheFuture(clock);
        RuleFor(e => e.Kind).IsInEnum().WithMessage(_ => messages.Get("Validation.OneOf.Required", ("values", DomainTerms.AllOf<EvaluationKind>())));
        RuleFor(e => e.Evaluator).NotEmpty().MaximumLength(EvaluationFacts.MaxEvaluatorLength);
        RuleFor(e => e.Findings).MaximumLength(EvaluationFacts.MaxFindingsLength);
        RuleFor(e => e.Scores).NotEmpty().WithMessage(_ => messages.Get("Validation.Evaluation.ScoresRequired"))
            .ItemCount(0, MaxScores).WithMessage(_ => messages.Get("Validation.List.AtMost", ("max", MaxScores)));
        RuleForEach(e => e.Scores).NotNull().SetValidator(new CriterionScoreInputValidator(messages));
        RuleFor(e => e.Recommendations).NotNull()
            .ItemCount(0, EvaluationFacts.MaxRecommendations)
            .WithMessage(_ => messages.Get("Validation.List.AtMost", ("max", EvaluationFacts.MaxRecommendations)));
        RuleForEach(e => e.Recommendations).NotNull().ChildRules(recommendation =>
        {
            recommendation.RuleFor(r => r.Text).NotEmpty().MaximumLength(Recommendation.MaxTextLength);
            recommendation.RuleFor(r => r.Owner).MaximumLength(Recommendation.MaxOwnerLength);
        });
    }
}

public sealed class CriterionScoreInputValidator : AbstractValidator<CriterionScoreInput>
{
    public CriterionScoreInputValidator(IStringLocalizer<Messages> messages)
    {
        RuleFor(s => s.Criterion).NotEmpty();
        // Outside the When below, so the OpenAPI document shows the range; a score left out passes it.
        RuleFor(s => s.Score).InclusiveBetween(CriterionScore.MinScore, CriterionScore.MaxScore)
            .WithMessage(_ => messages.Get("Validation.Score.Range", ("min", CriterionScore.MinScore), ("max", CriterionScore.MaxScore)));
        When(s => !s.NietBeoordeeld, () =>
        {
            RuleFor(s => s.Score).NotNull()
                .WithMessage(_ => messages.Get("Validation.Score.Required", ("min", CriterionScore.MinScore), ("max", CriterionScore.MaxScore)));
            RuleFor(s => s.Explanation).NotEmpty().WithMessage(_ => messages.Get("Validation.Score.ExplanationRequired"))
                .MaximumLength(CriterionScore.MaxTextLength);
            RuleFor(s => s.Reason).Null().WithMessage(_ => messages.Get("Validation.Score.ReasonOnlyWhenNotAssessed"));
        });
        When(s => s.NietBeoordeeld, () =>
        {
            RuleFor(s => s.Score).Null().WithMessage(_ => messages.Get("Validation.Score.LeftOutWhenNotAssessed"));
            RuleFor(s => s.Reason).NotEmpty().WithMessage(_ => messages.Get("Validation.Score.ReasonRequired"))
                .MaximumLength(CriterionScore.MaxTextLength);
            RuleFor(s => s.Explanation).MaximumLength(CriterionScore.MaxTextLength);
        });
    }
}
