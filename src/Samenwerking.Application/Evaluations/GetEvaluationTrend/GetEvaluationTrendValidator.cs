using Microsoft.Extensions.Localization;
using FluentValidation;
using Samenwerking.Application.Common.Text;

namespace Samenwerking.Application.Evaluations.GetEvaluationTrend;

public sealed class GetEvaluationTrendValidator : AbstractValidator<GetEvaluationTrendQuery>
{
    public GetEvaluationTrendValidator(IStringLocalizer<Messages> messages) =>
        RuleFor(q => q.FrameworkId).NotEmpty()
            .WithMessage(_ => messages.Get("Validation.Trend.FrameworkRequired"));
}
