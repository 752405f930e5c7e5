using FluentValidation;
using Samenwerking.Application.Common.Corrections;

namespace Samenwerking.Application.Phases.RevertPhaseTransition;

public sealed class RevertPhaseTransitionValidator : AbstractValidator<RevertPhaseTransitionCommand>
{
    public RevertPhaseTransitionValidator() => RuleFor(c => c.Reason).RequiredReason();
}
