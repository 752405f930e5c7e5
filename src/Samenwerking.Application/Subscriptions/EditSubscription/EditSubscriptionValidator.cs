using FluentValidation;
using Microsoft.Extensions.Localization;
using Samenwerking.Application.Common.Text;

namespace Samenwerking.Application.Subscriptions.EditSubscription;

/// <summary>An edited callback passes the same checks as a new one (https, public addresses only, no user information).</summary>
public sealed class EditSubscriptionValidator : AbstractValidator<EditSubscriptionCommand>
{
    public EditSubscriptionValidator(ICallbackUrlGuard guard, IStringLocalizer<Messages> messages) =>
        SubscriptionFieldRules.Apply(this, guard, messages);
}
