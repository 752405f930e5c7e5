using FluentValidation;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Text;
using Samenwerking.Application.Municipalities;

namespace Samenwerking.Application.Collaborations.Common;

public sealed class ParticipantInputValidator<T> : AbstractValidator<T> where T : IJoiningInput
{
    public ParticipantInputValidator(IClock clock)
    {
        RuleFor(p => p.MunicipalityCode).MunicipalityCode();
        RuleFor(p => p.JoinedOn).Must(date => date is null || date <= clock.Today)
            .WithMessage(_ => Localized.Text(
                "'{PropertyName}' cannot be in the future.",
                "'{PropertyName}' mag niet in de toekomst liggen."));
        RuleFor(p => p.Role).IsInEnum();
    }
}
