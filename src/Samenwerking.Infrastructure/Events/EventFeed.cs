using Microsoft.EntityFrameworkCore;
using Samenwerking.Application.Events;
using Samenwerking.Infrastructure.Persistence;

namespace Samenwerking.Infrastructure.Events;

/// <summary>
/// The feed in commit-safe order. An event becomes visible only when its transaction id is below the
/// oldest transaction still running (<c>pg_snapshot_xmin(pg_current_snapshot())</c>): from then on no
/// transaction can add an event before it, so the position (transaction id, sequence) only grows.
/// </summary>
internal sealed class EventFeed(SamenwerkingDbContext db) : IReadSideEventFeed
{
    public async Task<EventCursor> EndAsync(CancellationToken cancellationToken)
    {
        var newest = await db.Set<StoredEvent>().FromSql($"""
            SELECT * FROM change_events
            WHERE transaction_id < pg_snapshot_xmin(pg_current_snapshot())::text::bigint
            """).AsNoTracking()
            .OrderByDescending(e => e.TransactionId).ThenByDescending(e => e.Sequence)
            .Select(e => new { e.TransactionId, e.Sequence })
            .FirstOrDefaultAsync(cancellationToken);
        return newest is null ? EventCursor.Start : new EventCursor(newest.TransactionId, newest.Sequence);
    }

    public async Task<IReadOnlyList<ChangeEvent>> ReadAsync(EventCursor after, int limit, EventFilter filter,
        CancellationToken cancellationToken)
    {
        // A row comparison, so PostgreSQL starts the index scan right at the cursor whatever the feed's length.
        var events = db.Set<StoredEvent>().FromSql($"""
            SELECT * FROM change_events
            WHERE (transaction_id, sequence) > ({after.TransactionId}, {after.Sequence})
              AND transaction_id < pg_snapshot_xmin(pg_current_snapshot())::text::bigint
            """).AsNoTracking();
        if (filter.Types is { Count: > 0 } types)
        {
            events = events.Where(e => types.Contains(e.Type));
        }

        if (filter.Subject is { } subject)
        {
            events = events.Where(e => e.Subject == subject);
        }

        if (filter.MunicipalityCode is { } code)
        {
            events = events.Where(e => e.MunicipalityCodes.Contains(code));
        }

        var rows = await events
            .OrderBy(e => e.TransactionId).ThenBy(e => e.Sequence)
            .Take(limit)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(e => new ChangeEvent(new EventCursor(e.TransactionId, e.Sequence), e.Id, e.Type, e.Subject,
            e.Time, e.ResourcePath, e.Data))];
    }
}
