using Mediator;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Concurrency;
using Samenwerking.Application.Events;
using Samenwerking.Domain.Subscriptions;

namespace Samenwerking.Application.Subscriptions.CreateSubscription;

public sealed class CreateSubscriptionHandler(IApplicationDbContext db, IEventFeed feed, IClock clock)
    : ICommandHandler<CreateSubscriptionCommand, Versioned<CreatedSubscriptionDto>>
{
    public async ValueTask<Versioned<CreatedSubscriptionDto>> Handle(CreateSubscriptionCommand command, CancellationToken cancellationToken)
    {
        // Deliveries start with what happens from now on; the past is in the feed.
        var end = await feed.EndAsync(cancellationToken);
        var secret = SubscriptionSecrets.New();
        var subscription = Subscription.Create(command.Owner.Subject, new Uri(command.CallbackUrl!), command.EventTypes!,
            command.MunicipalityCode, secret, end.TransactionId, end.Sequence, clock.UtcNow);
        db.Subscriptions.Add(subscription);
        await db.SaveChangesAsync(cancellationToken);
        return new Versioned<CreatedSubscriptionDto>(new CreatedSubscriptionDto(subscription.ToDto(clock.UtcNow), secret), subscription.Version);
    }
}
