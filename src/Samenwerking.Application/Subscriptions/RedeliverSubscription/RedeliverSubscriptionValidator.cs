using FluentValidation;
using Microsoft.Extensions.Localization;
using Samenwerking.Application.Common.Text;
using Samenwerking.Application.Events;

namespace Samenwerking.Application.Subscriptions.RedeliverSubscription;

public sealed class RedeliverSubscriptionValidator : AbstractValidator<RedeliverSubscriptionCommand>
{
    public RedeliverSubscriptionValidator(IStringLocalizer<Messages> messages) =>
        RuleFor(c => c.After).Must(after => EventCursor.TryParse(after, out _))
            .WithMessage(_ => messages.Get("Validation.Events.CursorUnknown"));
}
