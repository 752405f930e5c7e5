using FluentValidation;
using Microsoft.Extensions.Localization;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Corrections;
using Samenwerking.Application.Common.Text;

namespace Samenwerking.Application.Evaluations.CorrectEvaluation;

public sealed class CorrectEvaluationValidator : AbstractValidator<CorrectEvaluationCommand>
{
    public CorrectEvaluationValidator(IClock clock, IStringLocalizer<Messages> messages)
    {
        this.EvaluationFields(clock, messages);
        RuleFor(c => c.Reason).OptionalReason();
    }
}
