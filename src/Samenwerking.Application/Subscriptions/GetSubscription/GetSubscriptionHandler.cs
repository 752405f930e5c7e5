using Mediator;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Concurrency;

namespace Samenwerking.Application.Subscriptions.GetSubscription;

public sealed class GetSubscriptionHandler(IApplicationDbContext db, IClock clock) : IQueryHandler<GetSubscriptionQuery, Versioned<SubscriptionDto>>
{
    public async ValueTask<Versioned<SubscriptionDto>> Handle(GetSubscriptionQuery query, CancellationToken cancellationToken) =>
        (await db.FindVisibleAsync(query.Id, query.Viewer, cancellationToken)).ToVersionedDto(clock.UtcNow);
}
