using Mediator;

namespace Samenwerking.Application.Subscriptions.ListSubscriptions;

public sealed record ListSubscriptionsQuery(SubscriptionViewer Viewer) : IQuery<IReadOnlyList<SubscriptionDto>>;
