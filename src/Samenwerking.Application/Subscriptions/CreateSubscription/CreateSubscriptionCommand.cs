using Mediator;

namespace Samenwerking.Application.Subscriptions.CreateSubscription;

public sealed record CreateSubscriptionCommand(string? CallbackUrl, IReadOnlyList<string>? EventTypes, string? MunicipalityCode,
    SubscriptionViewer Owner) : ICommand<Common.Concurrency.Versioned<CreatedSubscriptionDto>>, ISubscriptionFields;
