using FluentValidation;
using Microsoft.Extensions.Localization;
using Samenwerking.Application.Common.Text;
using Samenwerking.Domain.Roles;

namespace Samenwerking.Application.Roles;

public static class RoleInput
{
    public static RoleFacts ToFacts(this IRoleInput role) =>
        new(role.Kind, role.PersonName.Trim(), role.Organisation.Trim(), role.Email?.Trim(), role.WorkingGroup?.Trim());

    /// <summary>The rules of a role's fields, one set for assigning and correcting.</summary>
    public static void RoleFields<T>(this AbstractValidator<T> validator, IStringLocalizer<Messages> messages) where T : IRoleInput
    {
        validator.RuleFor(c => c.Kind).IsInEnum();
        validator.RuleFor(c => c.PersonName).NotEmpty().MaximumLength(RoleAssignment.MaxNameLength);
        validator.RuleFor(c => c.Organisation).NotEmpty().MaximumLength(RoleAssignment.MaxNameLength);
        validator.RuleFor(c => c.Email).EmailAddress().MaximumLength(RoleAssignment.MaxEmailLength);
        validator.RuleFor(c => c.WorkingGroup).MaximumLength(RoleAssignment.MaxNameLength);
        validator.RuleFor(c => c.WorkingGroup).Must((command, _) => command.ToFacts().WorkingGroupFitsKind)
            .WithMessage(c => c.Kind == RoleKind.VoorzitterWerkgroep
                ? messages.Get("Validation.Role.WorkingGroupRequired")
                : messages.Get("Validation.Role.WorkingGroupOnlyForVoorzitter"));
    }
}
