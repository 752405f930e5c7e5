using Mediator;
using Samenwerking.Api.Authentication;
using Samenwerking.Api.Events;
using Samenwerking.Application.Events.ReadEvents;

namespace Samenwerking.Api.Endpoints;

public static class EventEndpoints
{
    public const string Path = "/events";

    public static void MapEventEndpoints(this IEndpointRouteBuilder api) =>
        api.MapGet(Path, ReadEvents).WithTags("Events").WithName("listEvents")
            .Produces<EventFeedPage>()
            .RequireReadScope();

    /// <summary>Follow changes (CloudEvents feed)</summary>
    /// <remarks>
    /// Every change that lands, as CloudEvents 1.0, oldest first: each kind of change the history records,
    /// deletions, participant changes and evaluation frameworks. Start without `after` (from the beginning) or with
    /// `after=now` (from the present, without the history); pass the `cursor` of each response as `after` to read on. A reader that follows the cursor never misses an event and never
    /// sees one twice: an event appears only once no transaction that started before it is still running, so
    /// nothing committed later can slot in before the cursor. A filtered read that finds fewer events than `limit`
    /// answers a cursor past every event it looked at, so a rare filter moves ahead too. Events of deleted
    /// collaborations stay.
    /// With `wait`, the request waits up to that many seconds for a first event (long polling).
    /// </remarks>
    /// <param name="mediator"></param>
    /// <param name="after">The `cursor` of the previous response; empty to start at the beginning, `now` to start at the present.</param>
    /// <param name="limit">At most this many events, 1 to 1000 (default 100).</param>
    /// <param name="type">Only events of this type, e.g. `nl.samenwerking.collaboration.phase-changed`.</param>
    /// <param name="subject">Only events about this collaboration (or evaluation framework).</param>
    /// <param name="municipalityCode">Only events of collaborations this municipality takes or took part in, e.g. `GM0489`.</param>
    /// <param name="wait">Seconds (0 to 60) to wait for an event when there is none yet; default 0.</param>
    /// <param name="cancellationToken"></param>
    /// <response code="200">The events after the cursor and the cursor to continue from.</response>
    private static async Task<IResult> ReadEvents(IMediator mediator, string? after, int limit = 100, string? type = null,
        Guid? subject = null, string? municipalityCode = null, int wait = 0, CancellationToken cancellationToken = default)
    {
        var page = await mediator.Send(new ReadEventsQuery(after, limit, type, subject, municipalityCode, wait), cancellationToken);
        return TypedResults.Ok(new EventPageResponse(JsonElements.Of(page.Events.Select(CloudEventDocuments.ToJson)), page.Next.ToString()));
    }
}
