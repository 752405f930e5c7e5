using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Samenwerking.Domain.Common;

namespace Samenwerking.Infrastructure.Events;

/// <summary>
/// Turns the domain events of the aggregates being saved into rows of the change feed, inside the same
/// SaveChanges and so in the same transaction: a change that commits has its events, one that fails or
/// is refused has none.
/// </summary>
internal sealed class DomainEventOutboxInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        WriteEvents(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        WriteEvents(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void WriteEvents(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var raising = context.ChangeTracker.Entries<Entity>()
            .Select(entry => entry.Entity)
            .Where(entity => entity.DomainEvents.Count > 0)
            .ToList();
        foreach (var entity in raising)
        {
            context.Set<StoredEvent>().AddRange(entity.DomainEvents.Select(ChangeEventData.ToStoredEvent));
            entity.ClearDomainEvents();
        }
    }
}
