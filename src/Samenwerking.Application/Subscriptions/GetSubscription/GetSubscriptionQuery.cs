using Mediator;
using Samenwerking.Application.Common.Concurrency;

namespace Samenwerking.Application.Subscriptions.GetSubscription;

public sealed record GetSubscriptionQuery(Guid Id, SubscriptionViewer Viewer) : IQuery<Versioned<SubscriptionDto>>;
