using FluentValidation;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Validation;
using Samenwerking.Application.Municipalities;

namespace Samenwerking.Application.Collaborations.Shared;

public sealed class ParticipantInputValidator<T> : AbstractValidator<T> where T : IJoiningInput
{
    public ParticipantInputValidator(IClock clock)
    {
        RuleFor(p => p.MunicipalityCode).MunicipalityCode();
        RuleFor(p => p.JoinedOn).NotInTheFuture(clock);
        RuleFor(p => p.Role).IsInEnum();
    }
}
