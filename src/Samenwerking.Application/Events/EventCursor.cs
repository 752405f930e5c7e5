using System.Globalization;

namespace Samenwerking.Application.Events;

/// <summary>
/// A position in the change feed: the transaction that wrote an event and the event's sequence number
/// within the feed. Events are ordered by both; clients treat the text form as opaque.
/// </summary>
public readonly record struct EventCursor(long TransactionId, long Sequence)
{
    public static readonly EventCursor Start = new(0, 0);

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
