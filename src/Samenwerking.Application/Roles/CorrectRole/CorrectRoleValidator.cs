using FluentValidation;
using Microsoft.Extensions.Localization;
using Samenwerking.Application.Common.Corrections;
using Samenwerking.Application.Common.Text;

namespace Samenwerking.Application.Roles.CorrectRole;

public sealed class CorrectRoleValidator : AbstractValidator<CorrectRoleCommand>
{
    public CorrectRoleValidator(IStringLocalizer<Messages> messages)
    {
        this.RoleFields(messages);
        RuleFor(c => c.Reason).OptionalReason();
    }
}
