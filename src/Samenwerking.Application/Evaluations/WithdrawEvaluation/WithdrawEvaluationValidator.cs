using FluentValidation;
using Samenwerking.Application.Common.Corrections;

namespace Samenwerking.Application.Evaluations.WithdrawEvaluation;

public sealed class WithdrawEvaluationValidator : AbstractValidator<WithdrawEvaluationCommand>
{
    public WithdrawEvaluationValidator() => RuleFor(c => c.Reason).RequiredReason();
}
