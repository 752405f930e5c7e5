namespace Samenwerking.Application.Events;

/// <summary>
/// Events after a cursor, and the cursor to continue from: after the last event returned, or, when a filtered read
/// found fewer than it could return, after every event it looked at and passed by; the cursor sent when nothing new
/// was there at all.
/// </summary>
public sealed record EventPage(IReadOnlyList<ChangeEvent> Events, EventCursor Next);
