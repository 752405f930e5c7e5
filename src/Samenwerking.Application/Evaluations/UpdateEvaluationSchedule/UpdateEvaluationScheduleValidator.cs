using FluentValidation;
using Samenwerking.Domain.Evaluations;

namespace Samenwerking.Application.Evaluations.UpdateEvaluationSchedule;

public sealed class UpdateEvaluationScheduleValidator : AbstractValidator<UpdateEvaluationScheduleCommand>
{
    public UpdateEvaluationScheduleValidator() =>
        RuleFor(c => c.EvaluationIntervalYears).Must(EvaluationSchedule.IsValidInterval)
            .WithMessage($"'{{PropertyName}}' is {EvaluationSchedule.MinIntervalYears} to {EvaluationSchedule.MaxIntervalYears} years.");
}
