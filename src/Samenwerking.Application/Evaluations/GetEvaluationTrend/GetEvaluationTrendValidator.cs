using FluentValidation;
using Samenwerking.Application.Common.Text;

namespace Samenwerking.Application.Evaluations.GetEvaluationTrend;

public sealed class GetEvaluationTrendValidator : AbstractValidator<GetEvaluationTrendQuery>
{
    public GetEvaluationTrendValidator() =>
        RuleFor(q => q.FrameworkId).NotEmpty()
            .WithMessage(_ => Localized.Text(
                "'{PropertyName}' is required: scores only compare within one framework.",
                "'{PropertyName}' is verplicht: scores zijn alleen binnen één kader te vergelijken."));
}
