namespace Samenwerking.Application.Events;

/// <summary>
/// One event of the change feed as stored: what the API turns into a CloudEvent.
/// </summary>
/// <param name="Position">Where the event stands in the feed; the cursor that continues after it.</param>
/// <param name="Id">The CloudEvents id: unique, the same on every delivery.</param>
/// <param name="Type">One of <see cref="EventTypes.All"/>.</param>
/// <param name="Subject">The collaboration (or evaluation framework) the event is about.</param>
/// <param name="ResourcePath">The path of the resource under the API's base path, for <c>dataref</c>.</param>
/// <param name="Time">When the change happened.</param>
/// <param name="Data">The event's data as JSON (never personal data of role holders).</param>
public sealed record ChangeEvent(
    EventCursor Position,
    Guid Id,
    string Type,
    Guid Subject,
    DateTimeOffset Time,
    string ResourcePath,
    string Data);
