using Mediator;
using Microsoft.EntityFrameworkCore;
using Samenwerking.Application.Common.Abstractions;

namespace Samenwerking.Application.Subscriptions.ListSubscriptions;

public sealed class ListSubscriptionsHandler(IApplicationDbContext db, IClock clock) : IQueryHandler<ListSubscriptionsQuery, IReadOnlyList<SubscriptionDto>>
{
    public async ValueTask<IReadOnlyList<SubscriptionDto>> Handle(ListSubscriptionsQuery query, CancellationToken cancellationToken)
    {
        var subscriptions = await db.Subscriptions.AsNoTracking()
            .Where(s => query.Viewer.Administrator || s.OwnerSubject == query.Viewer.Subject)
            .OrderBy(s => s.CreatedAt)
            .ToListAsync(cancellationToken);
        return [.. subscriptions.Select(s => s.ToDto(clock.UtcNow))];
    }
}
