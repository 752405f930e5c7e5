namespace Samenwerking.Application.Events;

/// <summary>
/// Reads the change feed. Only events that can no longer be overtaken are returned: an event whose
/// transaction started before one still running is held back until that one has finished, so a reader
/// that follows the cursor never skips an event and never sees one twice.
/// </summary>
public interface IEventFeed
{
    /// <summary>The position after the newest event that is visible now.</summary>
    Task<EventCursor> EndAsync(CancellationToken cancellationToken);

    /// <summary>
    /// At most <paramref name="limit"/> events after the cursor that pass the filter, and the cursor to continue from:
    /// when fewer were found, it lies past every event the read passed by, so a filter that matches rarely still moves
    /// its reader ahead, and nothing it passed by can ever appear before it.
    /// </summary>
    Task<EventPage> ReadAsync(EventCursor after, int limit, EventFilter filter, CancellationToken cancellationToken);
}
