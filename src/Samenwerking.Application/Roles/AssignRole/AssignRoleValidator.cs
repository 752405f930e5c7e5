using Microsoft.Extensions.Localization;
using FluentValidation;
using Samenwerking.Application.Common.Text;

namespace Samenwerking.Application.Roles.AssignRole;

public sealed class AssignRoleValidator : AbstractValidator<AssignRoleCommand>
{
    public AssignRoleValidator(IStringLocalizer<Messages> messages)
    {
        this.RoleFields(messages);
        RuleFor(c => c.Delegation!).SetValidator(new Delegations.RoleDelegationValidator()).When(c => c.Delegation is not null);
    }
}
