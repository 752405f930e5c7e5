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

    Task<IReadOnlyList<ChangeEvent>> ReadAsync(EventCursor after, int limit, EventFilter filter, CancellationToken cancellationToken);
}
