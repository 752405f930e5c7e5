using FluentValidation;
using Samenwerking.Application.Common.Corrections;

namespace Samenwerking.Application.DevelopmentActivities.WithdrawDevelopmentActivity;

public sealed class WithdrawDevelopmentActivityValidator : AbstractValidator<WithdrawDevelopmentActivityCommand>
{
    public WithdrawDevelopmentActivityValidator() => RuleFor(c => c.Reason).RequiredReason();
}
