using Mediator;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Concurrency;

namespace Samenwerking.Application.Subscriptions.ReactivateSubscription;

public sealed class ReactivateSubscriptionHandler(IApplicationDbContext db, IClock clock)
    : ICommandHandler<ReactivateSubscriptionCommand, Versioned<SubscriptionDto>>
{
    public async ValueTask<Versioned<SubscriptionDto>> Handle(ReactivateSubscriptionCommand command, CancellationToken cancellationToken)
    {
        var subscription = await db.FindVisibleAsync(command.Id, command.Viewer, command.ExpectedVersion, versionRequired: false, cancellationToken);
        await db.ChangeAsync(subscription, command.ExpectedVersion, s => s.Reactivate(clock.UtcNow), cancellationToken);
        return subscription.ToVersionedDto(clock.UtcNow);
    }
}
