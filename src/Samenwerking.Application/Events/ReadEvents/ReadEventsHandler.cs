using Mediator;

namespace Samenwerking.Application.Events.ReadEvents;

public sealed class ReadEventsHandler(IReadSideEventFeed feed, TimeProvider time) : IQueryHandler<ReadEventsQuery, EventPage>
{
    /// <summary>How often a waiting reader looks again: short enough to feel immediate, long enough to cost nothing.</summary>
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);

    public async ValueTask<EventPage> Handle(ReadEventsQuery query, CancellationToken cancellationToken)
    {
        EventCursor after;
        if (query.After == EventCursor.Now)
        {
            after = await feed.EndAsync(cancellationToken);
        }
        else if (!EventCursor.TryParse(query.After, out after))
        {
            throw new ArgumentException("The validator lets only cursors of this feed through.", nameof(query));
        }

        var filter = new EventFilter(query.Type is null ? null : [query.Type], query.Subject, query.MunicipalityCode);
        var deadline = time.GetUtcNow().AddSeconds(query.Wait);
        while (true)
        {
            var page = await feed.ReadAsync(after, query.Limit, filter, cancellationToken);
            if (page.Events.Count > 0 || time.GetUtcNow() >= deadline)
            {
                return page;
            }

            after = page.Next;

            await Task.Delay(PollInterval, time, cancellationToken);
        }
    }
}
