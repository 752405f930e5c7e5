using System.Globalization;
using Samenwerking.Domain.Subscriptions;

namespace Samenwerking.Application.Events;

/// <summary>
/// A position in the change feed: the transaction that wrote an event and the event's sequence number
/// within the feed. Events are ordered by both; clients treat the text form as opaque.
/// </summary>
public readonly record struct EventCursor(long TransactionId, long Sequence)
{
    public static readonly EventCursor Start = new(0, 0);

    /// <summary>The <c>after</c> a new follower sends to start at the present instead of the beginning.</summary>
    public const string Now = "now";

    public FeedPosition Position => new(TransactionId, Sequence);

    public static EventCursor At(FeedPosition position) => new(position.TransactionId, position.Sequence);

    public static EventCursor Later(EventCursor first, EventCursor second) => first.Position >= second.Position ? first : second;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{TransactionId}-{Sequence}");

    public static bool TryParse(string? text, out EventCursor cursor)
    {
        cursor = Start;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        var parts = text.Split('-');
        if (parts.Length == 2
            && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var transaction)
            && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
        {
            cursor = new EventCursor(transaction, sequence);
            return true;
        }

        return false;
    }
}
