using FluentValidation;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Validation;
using Samenwerking.Application.Municipalities;
using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Application.Participants.WithdrawParticipant;

public sealed class WithdrawParticipantValidator : AbstractValidator<WithdrawParticipantCommand>
{
    public WithdrawParticipantValidator(IClock clock)
    {
        RuleFor(c => c.MunicipalityCode).MunicipalityCode();
        RuleFor(c => c.LeftOn).NotEmpty().NotInTheFuture(clock);
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(Participant.MaxReasonLength);
    }
}
