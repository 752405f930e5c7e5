using Mediator;
using Samenwerking.Application.Common.Concurrency;

namespace Samenwerking.Application.Subscriptions.ReactivateSubscription;

public sealed record ReactivateSubscriptionCommand(Guid Id, VersionCondition? ExpectedVersion, SubscriptionViewer Viewer)
    : ICommand<Versioned<SubscriptionDto>>;
