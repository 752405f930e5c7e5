namespace Samenwerking.Application.Events;

/// <summary>
/// The change feed as clients read it (<c>GET /events</c>): from the read-only replica when one is configured,
/// else the primary. A lagging replica shows fewer events, never different ones, and its cursors stay valid on
/// the primary and vice versa. Commands that need the feed's end now (a new subscription) use <see cref="IEventFeed"/>.
/// </summary>
public interface IReadSideEventFeed : IEventFeed;
