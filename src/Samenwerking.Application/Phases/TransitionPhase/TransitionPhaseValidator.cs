using FluentValidation;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Validation;
using Samenwerking.Domain.Phases;

namespace Samenwerking.Application.Phases.TransitionPhase;

public sealed class TransitionPhaseValidator : AbstractValidator<TransitionPhaseCommand>
{
    public TransitionPhaseValidator(IClock clock)
    {
        RuleFor(c => c.To).IsInEnum();
        RuleFor(c => c.EffectiveOn).NotInTheFuture(clock);
        RuleFor(c => c.Rationale).NotEmpty().MaximumLength(PhaseTransition.MaxRationaleLength);
    }
}
