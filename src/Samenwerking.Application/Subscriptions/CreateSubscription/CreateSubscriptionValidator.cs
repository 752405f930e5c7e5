using FluentValidation;
using Samenwerking.Application.Common.Text;
using Samenwerking.Application.Events;
using Samenwerking.Application.Municipalities;
using Samenwerking.Domain.Subscriptions;

namespace Samenwerking.Application.Subscriptions.CreateSubscription;

public sealed class CreateSubscriptionValidator : AbstractValidator<CreateSubscriptionCommand>
{
    public CreateSubscriptionValidator(ICallbackUrlGuard guard)
    {
        RuleFor(c => c.CallbackUrl).Cascade(CascadeMode.Stop)
            .NotEmpty()
            .MaximumLength(Subscription.MaxCallbackUrlLength)
            .Must(url => Uri.TryCreate(url, UriKind.Absolute, out _))
            .WithMessage(_ => Localized.Text("'{PropertyName}' must be an absolute URL.", "'{PropertyName}' moet een absolute URL zijn."))
            .CustomAsync(async (url, context, cancellationToken) =>
            {
                if (await guard.RefusalAsync(new Uri(url!), cancellationToken) is { } refusal)
                {
                    context.AddFailure(nameof(CreateSubscriptionCommand.CallbackUrl), refusal);
                }
            });
        RuleFor(c => c.EventTypes).NotEmpty()
            .Must(types => types is null || types.Count <= Subscription.MaxEventTypes)
            .WithMessage(_ => Localized.Text($"At most {Subscription.MaxEventTypes} event types.", $"Hoogstens {Subscription.MaxEventTypes} eventtypes."));
        RuleForEach(c => c.EventTypes).Must(EventTypes.IsKnown)
            .WithMessage((_, type) => Localized.Text($"'{type}' is not an event type; use one of: {string.Join(", ", EventTypes.All)}.",
                $"'{type}' is geen eventtype; gebruik een van: {string.Join(", ", EventTypes.All)}."));
        When(c => c.MunicipalityCode is not null, () => RuleFor(c => c.MunicipalityCode).MunicipalityCode());
    }
}
