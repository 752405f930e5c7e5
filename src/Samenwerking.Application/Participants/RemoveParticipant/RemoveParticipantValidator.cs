using FluentValidation;
using Samenwerking.Application.Municipalities;

namespace Samenwerking.Application.Participants.RemoveParticipant;

public sealed class RemoveParticipantValidator : AbstractValidator<RemoveParticipantCommand>
{
    public RemoveParticipantValidator() => RuleFor(c => c.MunicipalityCode).MunicipalityCode();
}
