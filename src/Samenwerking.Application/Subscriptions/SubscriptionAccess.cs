using Microsoft.EntityFrameworkCore;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Exceptions;
using Samenwerking.Domain.Subscriptions;

namespace Samenwerking.Application.Subscriptions;

public static class SubscriptionAccess
{
    /// <summary>Someone else's subscription is as good as absent: a 404 that tells nothing about it.</summary>
    public static async Task<Subscription> FindVisibleAsync(this IApplicationDbContext db, Guid id, SubscriptionViewer viewer,
        CancellationToken cancellationToken) =>
        await db.Subscriptions.FirstOrDefaultAsync(s => s.Id == id && (viewer.Administrator || s.OwnerSubject == viewer.Subject), cancellationToken)
        ?? throw new NotFoundException("Subscription", id.ToString());
}
