using FluentValidation;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Validation;
using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Application.Collaborations.Dissolve;

public sealed class DissolveCollaborationValidator : AbstractValidator<DissolveCollaborationCommand>
{
    public DissolveCollaborationValidator(IClock clock)
    {
        RuleFor(c => c.EndedOn).NotEmpty().NotInTheFuture(clock);
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(Collaboration.MaxEndReasonLength);
    }
}
