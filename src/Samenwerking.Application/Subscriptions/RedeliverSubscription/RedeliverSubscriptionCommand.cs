using Mediator;
using Samenwerking.Application.Common.Concurrency;

namespace Samenwerking.Application.Subscriptions.RedeliverSubscription;

/// <param name="Id">The subscription.</param>
/// <param name="After">A cursor of the change feed: every matching event after it is delivered again (empty: from the beginning).</param>
/// <param name="ExpectedVersion">The client's If-Match, when it sent one.</param>
/// <param name="Viewer">Who asks: only the owner or an administrator finds the subscription.</param>
public sealed record RedeliverSubscriptionCommand(Guid Id, string? After, VersionCondition? ExpectedVersion, SubscriptionViewer Viewer)
    : ICommand<Versioned<SubscriptionDto>>;
