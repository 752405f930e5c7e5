using FluentValidation;
using Microsoft.Extensions.Localization;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Text;
using Samenwerking.Application.Common.Validation;
using Samenwerking.Application.Evaluations.RecordEvaluation;
using Samenwerking.Domain.Common;
using Samenwerking.Domain.Evaluations;

namespace Samenwerking.Application.Evaluations;

public static class EvaluationInput
{
    private const int MaxScores = 100;

    /// <summary>
    /// The rules of an evaluation's fields, one set for recording and correcting. Whether the scores cover the framework's
    /// criteria needs the framework; the handler asks the framework and reports those problems as a 400 too.
    /// </summary>
    public static void EvaluationFields<T>(this AbstractValidator<T> validator, IClock clock, IStringLocalizer<Messages> messages)
        where T : IEvaluationInput
    {
        validator.RuleFor(e => e.EvaluatedOn).NotEmpty()
            .NotInTheFuture(clock);
        validator.RuleFor(e => e.Kind).IsInEnum().WithMessage(_ => messages.Get("Validation.OneOf.Required", ("values", DomainTerms.AllOf<EvaluationKind>())));
        validator.RuleFor(e => e.Evaluator).NotEmpty().MaximumLength(EvaluationFacts.MaxEvaluatorLength);
        validator.RuleFor(e => e.Findings).MaximumLength(EvaluationFacts.MaxFindingsLength);
        validator.RuleFor(e => e.Scores).NotEmpty().WithMessage(_ => messages.Get("Validation.Evaluation.ScoresRequired"))
            .ItemCount(0, MaxScores).WithMessage(_ => messages.Get("Validation.List.AtMost", ("max", MaxScores)));
        validator.RuleForEach(e => e.Scores).NotNull().SetValidator(new CriterionScoreInputValidator(messages));
        validator.RuleFor(e => e.Recommendations).NotNull()
            .ItemCount(0, EvaluationFacts.MaxRecommendations)
            .WithMessage(_ => messages.Get("Validation.List.AtMost", ("max", EvaluationFacts.MaxRecommendations)));
        validator.RuleForEach(e => e.Recommendations).NotNull().ChildRules(recommendation =>
        {
            recommendation.RuleFor(r => r.Text).NotEmpty().MaximumLength(Recommendation.MaxTextLength);
            recommendation.RuleFor(r => r.Owner).MaximumLength(Recommendation.MaxOwnerLength);
        });
    }
}
