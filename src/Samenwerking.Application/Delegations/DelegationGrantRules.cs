using FluentValidation;
using Samenwerking.Application.Common.Text;
using Samenwerking.Application.Municipalities;
using Samenwerking.Domain.Delegations;

namespace Samenwerking.Application.Delegations;

public static class DelegationGrantRules
{
    public static DelegationFacts ToFacts(this IDelegationGrant grant, string delegateName, string organisation) =>
        new(grant.DelegateSubject.Trim(), delegateName.Trim(), organisation.Trim(), [.. (grant.Changes ?? []).OfType<DelegatedChange>()],
            grant.ValidFrom, grant.ValidUntil);

    /// <summary>The rules of a grant's fields, one set wherever a grant is sent. Null items of the list are refused, not a 500.</summary>
    public static void GrantFields<T>(this AbstractValidator<T> validator) where T : IDelegationGrant
    {
        validator.RuleFor(g => g.DelegateSubject).NotEmpty().MaximumLength(Delegation.MaxTextLength);
        validator.RuleFor(g => g.Changes).NotEmpty();
        validator.RuleForEach(g => g.Changes).NotNull().IsInEnum();
        validator.RuleFor(g => g.ValidFrom).NotEmpty();
        validator.RuleFor(g => g.ValidUntil).NotEmpty().GreaterThan(g => g.ValidFrom)
            .WithMessage(_ => Messages.Shared.Get("Validation.Delegation.UntilAfterFrom"));
        validator.RuleFor(g => g.GrantedBy).MunicipalityCodeWhenGiven();
    }
}

/// <summary>A grant as a member of another body (the role assignment's <c>delegation</c>).</summary>
public sealed class RoleDelegationValidator : AbstractValidator<RoleDelegation>
{
    public RoleDelegationValidator() => this.GrantFields();
}
