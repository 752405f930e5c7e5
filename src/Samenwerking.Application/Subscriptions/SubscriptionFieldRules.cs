using FluentValidation;
using Microsoft.Extensions.Localization;
using Samenwerking.Application.Common.Text;
using Samenwerking.Application.Events;
using Samenwerking.Application.Municipalities;
using Samenwerking.Domain.Subscriptions;

namespace Samenwerking.Application.Subscriptions;

/// <summary>What a subscription's callback, event types and municipality must be, when created and when edited.</summary>
public interface ISubscriptionFields
{
    string? CallbackUrl { get; }

    IReadOnlyList<string>? EventTypes { get; }

    string? MunicipalityCode { get; }
}

public static class SubscriptionFieldRules
{
    /// <summary>Adds the rules to <paramref name="validator"/>, so create and edit refuse the same things with the same texts.</summary>
    public static void Apply<T>(AbstractValidator<T> validator, ICallbackUrlGuard guard, IStringLocalizer<Messages> messages)
        where T : ISubscriptionFields
    {
        validator.RuleFor(c => c.CallbackUrl).Cascade(CascadeMode.Stop)
            .NotEmpty()
            .MaximumLength(Subscription.MaxCallbackUrlLength)
            .Must(url => Uri.TryCreate(url, UriKind.Absolute, out _))
            .WithMessage(_ => messages.Get("Validation.Subscription.CallbackNotAbsolute"))
            .CustomAsync(async (url, context, cancellationToken) =>
            {
                if (await guard.RefusalAsync(new Uri(url!), cancellationToken) is { } refusal)
                {
                    context.AddFailure(nameof(ISubscriptionFields.CallbackUrl), refusal);
                }
            });
        validator.RuleFor(c => c.EventTypes).NotEmpty()
            .Must(types => types is null || types.Count <= Subscription.MaxEventTypes)
            .WithMessage(_ => messages.Get("Validation.Subscription.TooManyEventTypes", ("max", Subscription.MaxEventTypes)));
        validator.RuleForEach(c => c.EventTypes).Must(Events.EventTypes.IsKnown)
            .WithMessage((_, type) => messages.Get("Validation.Events.TypeUnknown", ("type", type), ("types", string.Join(", ", Events.EventTypes.All))));
        validator.When(c => c.MunicipalityCode is not null, () => validator.RuleFor(c => c.MunicipalityCode).MunicipalityCode());
    }
}
