using Microsoft.EntityFrameworkCore;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Concurrency;
using Samenwerking.Application.Common.Exceptions;
using Samenwerking.Domain.Subscriptions;

namespace Samenwerking.Application.Subscriptions;

/// <summary>
/// Saving an owner's change to a subscription that the dispatcher may be saving a delivery's outcome to at the same
/// moment. With If-Match the client named the version, and a conflict is its 412; without, the change is applied again
/// to the version now current, as the client asked for nothing else.
/// </summary>
public static class SubscriptionChanges
{
    private const int Attempts = 3;

    public static async Task ChangeAsync(this IApplicationDbContext db, Subscription subscription, VersionCondition? expectedVersion,
        Action<Subscription> change, CancellationToken cancellationToken)
    {
        change(subscription);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateConcurrencyException conflict)
                when (expectedVersion is null && attempt < Attempts && conflict.Entries is [var entry] && ReferenceEquals(entry.Entity, subscription))
            {
                await entry.ReloadAsync(cancellationToken);
                if (entry.State == EntityState.Detached)
                {
                    throw new NotFoundException("Subscription", subscription.Id.ToString());
                }

                change(subscription);
            }
        }
    }
}
