using Mediator;
using Samenwerking.Application.Common.Abstractions;

namespace Samenwerking.Application.Subscriptions.GetSubscription;

public sealed class GetSubscriptionHandler(IApplicationDbContext db) : IQueryHandler<GetSubscriptionQuery, SubscriptionDto>
{
    public async ValueTask<SubscriptionDto> Handle(GetSubscriptionQuery query, CancellationToken cancellationToken) =>
        (await db.FindVisibleAsync(query.Id, query.Viewer, cancellationToken)).ToDto();
}
