using FluentValidation;
using Microsoft.Extensions.Localization;
using Samenwerking.Application.Common.Corrections;
using Samenwerking.Application.Common.Text;
using Samenwerking.Domain.Roles;

namespace Samenwerking.Application.Roles.CorrectRole;

public sealed class CorrectRoleValidator : AbstractValidator<CorrectRoleCommand>
{
    public CorrectRoleValidator(IStringLocalizer<Messages> messages)
    {
        RuleFor(c => c.Kind).IsInEnum();
        RuleFor(c => c.PersonName).NotEmpty().MaximumLength(RoleAssignment.MaxNameLength);
        RuleFor(c => c.Organisation).NotEmpty().MaximumLength(RoleAssignment.MaxNameLength);
        RuleFor(c => c.Email).EmailAddress().MaximumLength(RoleAssignment.MaxEmailLength);
        RuleFor(c => c.WorkingGroup).MaximumLength(RoleAssignment.MaxNameLength);
        RuleFor(c => c.WorkingGroup).Must((command, _) => command.ToFacts().WorkingGroupFitsKind)
            .WithMessage(c => c.Kind == RoleKind.VoorzitterWerkgroep
                ? messages.Get("Validation.Role.WorkingGroupRequired")
                : messages.Get("Validation.Role.WorkingGroupOnlyForVoorzitter"));
        RuleFor(c => c.Reason).OptionalReason();
    }
}
