using Microsoft.Extensions.Localization;
using FluentValidation;
using Samenwerking.Application.Common.Text;
using Samenwerking.Application.Events;
using Samenwerking.Application.Municipalities;
using Samenwerking.Domain.Subscriptions;

namespace Samenwerking.Application.Subscriptions.CreateSubscription;

public sealed class CreateSubscriptionValidator : AbstractValidator<CreateSubscriptionCommand>
{
    public CreateSubscriptionValidator(ICallbackUrlGuard guard, IStringLocalizer<Messages> messages)
    {
        RuleFor(c => c.CallbackUrl).Cascade(CascadeMode.Stop)
            .NotEmpty()
            .MaximumLength(Subscription.MaxCallbackUrlLength)
            .Must(url => Uri.TryCreate(url, UriKind.Absolute, out _))
            .WithMessage(_ => messages.Get("Validation.Subscription.CallbackNotAbsolute"))
            .CustomAsync(async (url, context, cancellationToken) =>
            {
                if (await guard.RefusalAsync(new Uri(url!), cancellationToken) is { } refusal)
                {
                    context.AddFailure(nameof(CreateSubscriptionCommand.CallbackUrl), refusal);
                }
            });
        RuleFor(c => c.EventTypes).NotEmpty()
            .Must(types => types is null || types.Count <= Subscription.MaxEventTypes)
            .WithMessage(_ => messages.Get("Validation.Subscription.TooManyEventTypes", ("max", Subscription.MaxEventTypes)));
        RuleForEach(c => c.EventTypes).Must(EventTypes.IsKnown)
            .WithMessage((_, type) => messages.Get("Validation.Events.TypeUnknown", ("type", type), ("types", string.Join(", ", EventTypes.All))));
        When(c => c.MunicipalityCode is not null, () => RuleFor(c => c.MunicipalityCode).MunicipalityCode());
    }
}
