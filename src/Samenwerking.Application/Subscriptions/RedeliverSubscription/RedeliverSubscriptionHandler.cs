using Mediator;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Concurrency;
using Samenwerking.Application.Events;

namespace Samenwerking.Application.Subscriptions.RedeliverSubscription;

public sealed class RedeliverSubscriptionHandler(IApplicationDbContext db, IEventFeed feed, IClock clock)
    : ICommandHandler<RedeliverSubscriptionCommand, Versioned<SubscriptionDto>>
{
    public async ValueTask<Versioned<SubscriptionDto>> Handle(RedeliverSubscriptionCommand command, CancellationToken cancellationToken)
    {
        if (!EventCursor.TryParse(command.After, out var from))
        {
            throw new ArgumentException("The validator lets only cursors of this feed through.", nameof(command));
        }

        var subscription = await db.FindVisibleAsync(command.Id, command.Viewer, command.ExpectedVersion, versionRequired: false, cancellationToken);
        // The end as the primary sees it now: the dispatcher reads the primary too.
        var end = await feed.EndAsync(cancellationToken);
        await db.ChangeAsync(subscription, command.ExpectedVersion, s => s.RedeliverFrom(from.Position, end.Position, clock.UtcNow), cancellationToken);
        return subscription.ToVersionedDto(clock.UtcNow);
    }
}
