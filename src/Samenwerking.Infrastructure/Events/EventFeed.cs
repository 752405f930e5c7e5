using System.Data;
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

    public async Task<EventPage> ReadAsync(EventCursor after, int limit, EventFilter filter, CancellationToken cancellationToken)
    {
        var filtered = filter.Types is { Count: > 0 } || filter.Subject is not null || filter.MunicipalityCode is not null;
        if (!filtered)
        {
            var all = await ReadMatchingAsync(after, limit, filter, cancellationToken);
            return new EventPage(all, all.Count > 0 ? all[^1].Position : after);
        }

        // The matches and the end of the feed must come from one snapshot: an end read later could lie past a match
        // that became visible in between, and the cursor would skip it. A read-only transaction takes no id, so it
        // holds back nobody's horizon.
        await using var snapshot = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        var events = await ReadMatchingAsync(after, limit, filter, cancellationToken);
        // Fewer matches than asked for means every visible event after the cursor was looked at: move past them all.
        var next = events.Count == limit ? events[^1].Position : EventCursor.Later(after, await EndAsync(cancellationToken));
        await snapshot.CommitAsync(cancellationToken);
        return new EventPage(events, next);
    }

    private async Task<List<ChangeEvent>> ReadMatchingAsync(EventCursor after, int limit, EventFilter filter, CancellationToken cancellationToken)
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
