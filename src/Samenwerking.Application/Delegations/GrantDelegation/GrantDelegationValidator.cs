using FluentValidation;
using Samenwerking.Domain.Delegations;

namespace Samenwerking.Application.Delegations.GrantDelegation;

public sealed class GrantDelegationValidator : AbstractValidator<GrantDelegationCommand>
{
    public GrantDelegationValidator()
    {
        this.GrantFields();
        RuleFor(c => c.DelegateName).NotEmpty().MaximumLength(Delegation.MaxTextLength);
        RuleFor(c => c.Organisation).NotEmpty().MaximumLength(Delegation.MaxTextLength);
    }
}
