using FluentValidation;
using Samenwerking.Domain.Delegations;

namespace Samenwerking.Application.Delegations.WithdrawDelegation;

public sealed class WithdrawDelegationValidator : AbstractValidator<WithdrawDelegationCommand>
{
    public WithdrawDelegationValidator() => RuleFor(c => c.Reason).NotEmpty().MaximumLength(Delegation.MaxReasonLength);
}
