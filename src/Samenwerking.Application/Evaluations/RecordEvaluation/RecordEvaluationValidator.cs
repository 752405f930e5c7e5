using FluentValidation;
using Samenwerking.Application.Common.Abstractions;
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
        RuleFor(e => e.FrameworkId).NotEmpty().WithMessage("'{PropertyName}' is required: the id of the framework whose criteria are scored.");
        RuleFor(e => e.EvaluatedOn).NotEmpty()
            .Must(date => date <= clock.Today).WithMessage("'{PropertyName}' cannot be in the future.");
        RuleFor(e => e.Kind).IsInEnum().WithMessage($"'{{PropertyName}}' is required: one of {DomainTerms.AllOf<EvaluationKind>()}.");
        RuleFor(e => e.Evaluator).NotEmpty().MaximumLength(EvaluationFacts.MaxEvaluatorLength);
        RuleFor(e => e.Findings).MaximumLength(EvaluationFacts.MaxFindingsLength);
        RuleFor(e => e.Scores).NotEmpty().WithMessage("'{PropertyName}' must judge every criterion of the framework.")
            .Must(scores => scores.Count <= MaxScores).WithMessage($"'{{PropertyName}}' has at most {MaxScores} entries.");
        RuleForEach(e => e.Scores).NotNull().SetValidator(new CriterionScoreInputValidator());
        RuleFor(e => e.Recommendations).NotNull()
            .Must(r => r.Count <= EvaluationFacts.MaxRecommendations)
            .WithMessage($"'{{PropertyName}}' has at most {EvaluationFacts.MaxRecommendations} entries.");
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
        When(s => !s.NietBeoordeeld, () =>
        {
            RuleFor(s => s.Score).NotNull()
                .WithMessage($"'{{PropertyName}}' is required: {CriterionScore.MinScore} to {CriterionScore.MaxScore}, or set nietBeoordeeld with a reason.")
                .Must(score => score is null || CriterionScore.IsValidScore(score.Value))
                .WithMessage($"'{{PropertyName}}' is {CriterionScore.MinScore} to {CriterionScore.MaxScore}.");
            RuleFor(s => s.Explanation).NotEmpty().WithMessage("'{PropertyName}' is required with a score: say why.")
                .MaximumLength(CriterionScore.MaxTextLength);
            RuleFor(s => s.Reason).Null().WithMessage("'{PropertyName}' is only for a criterion that is nietBeoordeeld.");
        });
        When(s => s.NietBeoordeeld, () =>
        {
            RuleFor(s => s.Score).Null().WithMessage("'{PropertyName}' must be left out for a criterion that is nietBeoordeeld.");
            RuleFor(s => s.Reason).NotEmpty().WithMessage("'{PropertyName}' is required: say why the criterion was not assessed.")
                .MaximumLength(CriterionScore.MaxTextLength);
            RuleFor(s => s.Explanation).MaximumLength(CriterionScore.MaxTextLength);
        });
    }
}
