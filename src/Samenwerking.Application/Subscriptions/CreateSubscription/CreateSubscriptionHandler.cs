using System.Security.Cryptography;
using Mediator;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Events;
using Samenwerking.Domain.Subscriptions;

namespace Samenwerking.Application.Subscriptions.CreateSubscription;

public sealed class CreateSubscriptionHandler(IApplicationDbContext db, IEventFeed feed, IClock clock)
    : ICommandHandler<CreateSubscriptionCommand, CreatedSubscriptionDto>
{
    public async ValueTask<CreatedSubscriptionDto> Handle(CreateSubscriptionCommand command, CancellationToken cancellationToken)
    {
        // Deliveries start with what happens from now on; the past is in the feed.
        var end = await feed.EndAsync(cancellationToken);
        var secret = "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var subscription = Subscription.Create(command.Owner.Subject, new Uri(command.CallbackUrl!), command.EventTypes!,
            command.MunicipalityCode, secret, end.TransactionId, end.Sequence, clock.UtcNow);
        db.Subscriptions.Add(subscription);
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedSubscriptionDto(subscription.ToDto(), secret);
    }
}
