using FluentValidation;
using Samenwerking.Domain.Subscriptions;

namespace Samenwerking.Application.Subscriptions.RotateSubscriptionSecret;

public sealed class RotateSubscriptionSecretValidator : AbstractValidator<RotateSubscriptionSecretCommand>
{
    public RotateSubscriptionSecretValidator() =>
        RuleFor(c => c.OverlapMinutes).InclusiveBetween(0, (int)Subscription.MaxSecretOverlap.TotalMinutes);
}
