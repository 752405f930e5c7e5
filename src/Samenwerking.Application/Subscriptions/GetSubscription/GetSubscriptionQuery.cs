using Mediator;

namespace Samenwerking.Application.Subscriptions.GetSubscription;

public sealed record GetSubscriptionQuery(Guid Id, SubscriptionViewer Viewer) : IQuery<SubscriptionDto>;
