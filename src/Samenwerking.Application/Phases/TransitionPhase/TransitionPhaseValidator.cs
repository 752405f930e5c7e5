using FluentValidation;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Text;
using Samenwerking.Domain.Phases;

namespace Samenwerking.Application.Phases.TransitionPhase;

public sealed class TransitionPhaseValidator : AbstractValidator<TransitionPhaseCommand>
{
    public TransitionPhaseValidator(IClock clock)
    {
        RuleFor(c => c.To).IsInEnum();
        RuleFor(c => c.EffectiveOn).Must(date => date is null || date <= clock.Today).WithMessage(_ => Localized.Text(
            "'{PropertyName}' cannot be in the future.",
            "'{PropertyName}' mag niet in de toekomst liggen."));
        RuleFor(c => c.Rationale).NotEmpty().MaximumLength(PhaseTransition.MaxRationaleLength);
    }
}
