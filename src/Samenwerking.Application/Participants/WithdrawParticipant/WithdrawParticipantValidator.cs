using FluentValidation;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Text;
using Samenwerking.Application.Municipalities;
using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Application.Participants.WithdrawParticipant;

public sealed class WithdrawParticipantValidator : AbstractValidator<WithdrawParticipantCommand>
{
    public WithdrawParticipantValidator(IClock clock)
    {
        RuleFor(c => c.MunicipalityCode).MunicipalityCode();
        RuleFor(c => c.LeftOn).NotEmpty().Must(date => date <= clock.Today).WithMessage(_ => Localized.Text(
            "'{PropertyName}' cannot be in the future.",
            "'{PropertyName}' mag niet in de toekomst liggen."));
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(Participant.MaxReasonLength);
    }
}
