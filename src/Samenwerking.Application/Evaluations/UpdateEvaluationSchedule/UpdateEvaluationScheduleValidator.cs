using Microsoft.Extensions.Localization;
using FluentValidation;
using Samenwerking.Application.Common.Text;
using Samenwerking.Domain.Evaluations;

namespace Samenwerking.Application.Evaluations.UpdateEvaluationSchedule;

public sealed class UpdateEvaluationScheduleValidator : AbstractValidator<UpdateEvaluationScheduleCommand>
{
    public UpdateEvaluationScheduleValidator(IStringLocalizer<Messages> messages) =>
        // A range rather than Must(EvaluationSchedule.IsValidInterval), so the OpenAPI document can see that 0 (left out) is refused.
        RuleFor(c => c.EvaluationIntervalYears).InclusiveBetween(EvaluationSchedule.MinIntervalYears, EvaluationSchedule.MaxIntervalYears)
            .WithMessage(_ => messages.Get("Validation.EvaluationInterval.Range", ("min", EvaluationSchedule.MinIntervalYears), ("max", EvaluationSchedule.MaxIntervalYears)));
}
