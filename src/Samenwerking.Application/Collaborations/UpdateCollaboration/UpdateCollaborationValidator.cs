using Samenwerking.Application.Collaborations.Register;
using Mediator;
using Samenwerking.Application.Collaborations.Shared;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Application.Collaborations.UpdateCollaboration;

public sealed class UpdateCollaborationValidator : FluentValidation.AbstractValidator<UpdateCollaborationCommand>
{
    public UpdateCollaborationValidator(IClock clock)
    {
        this.AddCollaborationDetailsRules();
        this.AddRegisterEntryRules(clock);
    }
}
