using Mediator;

namespace Samenwerking.Application.Events.ReadEvents;

/// <param name="After">The cursor of the last event seen (empty: from the beginning; <see cref="EventCursor.Now"/>: from the present).</param>
/// <param name="Limit">At most this many events.</param>
/// <param name="Type">Only events of this type.</param>
/// <param name="Subject">Only events about this collaboration (or evaluation framework).</param>
/// <param name="MunicipalityCode">Only events about collaborations this municipality takes or took part in.</param>
/// <param name="Wait">Seconds to wait for a first event when none is there yet (long polling); 0 answers at once.</param>
public sealed record ReadEventsQuery(string? After, int Limit, string? Type, Guid? Subject, string? MunicipalityCode, int Wait)
    : IQuery<EventPage>;
