using FluentValidation;
using Microsoft.Extensions.Localization;
using Samenwerking.Application.Common.Text;

namespace Samenwerking.Application.Subscriptions.CreateSubscription;

public sealed class CreateSubscriptionValidator : AbstractValidator<CreateSubscriptionCommand>
{
    public CreateSubscriptionValidator(ICallbackUrlGuard guard, IStringLocalizer<Messages> messages) =>
        SubscriptionFieldRules.Apply(this, guard, messages);
}
