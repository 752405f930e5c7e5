using FluentValidation;
using Samenwerking.Application.Common.Corrections;

namespace Samenwerking.Application.Decisions.WithdrawDecision;

public sealed class WithdrawDecisionValidator : AbstractValidator<WithdrawDecisionCommand>
{
    public WithdrawDecisionValidator() => RuleFor(c => c.Reason).RequiredReason();
}
