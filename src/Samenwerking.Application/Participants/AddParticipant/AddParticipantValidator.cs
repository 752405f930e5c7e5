using FluentValidation;
using Samenwerking.Application.Collaborations.Shared;
using Samenwerking.Application.Common.Abstractions;

namespace Samenwerking.Application.Participants.AddParticipant;

public sealed class AddParticipantValidator : AbstractValidator<AddParticipantCommand>
{
    public AddParticipantValidator(IClock clock) => Include(new ParticipantInputValidator<AddParticipantCommand>(clock));
}
