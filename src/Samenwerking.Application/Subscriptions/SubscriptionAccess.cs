using Microsoft.EntityFrameworkCore;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Concurrency;
using Samenwerking.Application.Common.Exceptions;
using Samenwerking.Domain.Subscriptions;

namespace Samenwerking.Application.Subscriptions;

public static class SubscriptionAccess
{
    public const string ResourceName = "subscription";

    /// <summary>Someone else's subscription is as good as absent: a 404 that tells nothing about it.</summary>
    public static async Task<Subscription> FindVisibleAsync(this IApplicationDbContext db, Guid id, SubscriptionViewer viewer,
        CancellationToken cancellationToken) =>
        await db.Subscriptions.FirstOrDefaultAsync(s => s.Id == id && (viewer.Administrator || s.OwnerSubject == viewer.Subject), cancellationToken)
        ?? throw new NotFoundException("Subscription", id.ToString());

    /// <summary>The visible subscription, when it is still the version the client's If-Match names (428 when required and missing, 412 when stale).</summary>
    public static async Task<Subscription> FindVisibleAsync(this IApplicationDbContext db, Guid id, SubscriptionViewer viewer,
        VersionCondition? expectedVersion, bool versionRequired, CancellationToken cancellationToken)
    {
        var subscription = await db.FindVisibleAsync(id, viewer, cancellationToken);
        if (expectedVersion is null)
        {
            return versionRequired ? throw new PreconditionRequiredException(ResourceName) : subscription;
        }

        return expectedVersion.IsMetBy(subscription.Version) ? subscription : throw new ConcurrencyConflictException(ResourceName, subscription.Version);
    }
}
