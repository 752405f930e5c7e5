using FluentValidation;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Domain.Phases;

namespace Samenwerking.Application.Phases.TransitionPhase;

public sealed class TransitionPhaseValidator : AbstractValidator<TransitionPhaseCommand>
{
    public TransitionPhaseValidator(IClock clock)
    {
        RuleFor(c => c.To).IsInEnum();
        RuleFor(c => c.EffectiveOn).Must(date => date is null || date <= clock.Today).WithMessage("'{PropertyName}' cannot be in the future.");
        RuleFor(c => c.Rationale).NotEmpty().MaximumLength(PhaseTransition.MaxRationaleLength);
    }
}
