using FluentValidation;
using Samenwerking.Application.Common.Corrections;

namespace Samenwerking.Application.Collaborations.WithdrawDissolution;

public sealed class WithdrawDissolutionValidator : AbstractValidator<WithdrawDissolutionCommand>
{
    public WithdrawDissolutionValidator() => RuleFor(c => c.Reason).RequiredReason();
}
