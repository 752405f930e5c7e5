using FluentValidation;
using Samenwerking.Application.Common.Text;
using Samenwerking.Domain.Roles;

namespace Samenwerking.Application.Roles.AssignRole;

public sealed class AssignRoleValidator : AbstractValidator<AssignRoleCommand>
{
    public AssignRoleValidator()
    {
        RuleFor(c => c.Kind).IsInEnum();
        RuleFor(c => c.PersonName).NotEmpty().MaximumLength(RoleAssignment.MaxNameLength);
        RuleFor(c => c.Organisation).NotEmpty().MaximumLength(RoleAssignment.MaxNameLength);
        RuleFor(c => c.Email).EmailAddress().MaximumLength(RoleAssignment.MaxEmailLength);
        RuleFor(c => c.WorkingGroup).MaximumLength(RoleAssignment.MaxNameLength);
        RuleFor(c => c.WorkingGroup).Must((command, _) => command.ToFacts().WorkingGroupFitsKind)
            .WithMessage(c => c.Kind == RoleKind.VoorzitterWerkgroep
                ? Localized.Text("'workingGroup' is required for a voorzitterWerkgroep.", "'workingGroup' is verplicht voor een voorzitterWerkgroep.")
                : Localized.Text("'workingGroup' is only for a voorzitterWerkgroep.", "'workingGroup' hoort alleen bij een voorzitterWerkgroep."));
    }
}
