using Microsoft.Extensions.Localization;
using FluentValidation;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Text;
using Samenwerking.Application.Common.Validation;
using Samenwerking.Domain.Common;
using Samenwerking.Domain.Evaluations;

namespace Samenwerking.Application.Evaluations.RecordEvaluation;

/// <summary>The shape of an evaluation, with the framework it is scored against (see <see cref="EvaluationInput"/>).</summary>
public sealed class RecordEvaluationValidator : AbstractValidator<RecordEvaluationCommand>
{
    public RecordEvaluationValidator(IClock clock, IStringLocalizer<Messages> messages)
    {
        RuleFor(e => e.FrameworkId).NotEmpty().WithMessage(_ => messages.Get("Validation.Evaluation.FrameworkRequired"));
        this.EvaluationFields(clock, messages);
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
