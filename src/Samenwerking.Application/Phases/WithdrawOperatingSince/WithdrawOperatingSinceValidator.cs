using FluentValidation;
using Samenwerking.Application.Common.Corrections;

namespace Samenwerking.Application.Phases.WithdrawOperatingSince;

public sealed class WithdrawOperatingSinceValidator : AbstractValidator<WithdrawOperatingSinceCommand>
{
    public WithdrawOperatingSinceValidator() => RuleFor(c => c.Reason).RequiredReason();
}
