using FluentValidation;

namespace Samenwerking.Application.Evaluations.GetEvaluationTrend;

public sealed class GetEvaluationTrendValidator : AbstractValidator<GetEvaluationTrendQuery>
{
    public GetEvaluationTrendValidator() =>
        RuleFor(q => q.FrameworkId).NotEmpty()
            .WithMessage("'{PropertyName}' is required: scores only compare within one framework.");
}
