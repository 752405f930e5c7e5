using System.Globalization;

namespace Samenwerking.Domain.Subscriptions;

/// <summary>
/// A position in the change feed: the transaction that wrote an event and the event's sequence number. Positions are
/// ordered by both; the text form is the feed's cursor.
/// </summary>
public readonly record struct FeedPosition(long TransactionId, long Sequence) : IComparable<FeedPosition>
{
    public int CompareTo(FeedPosition other) =>
        TransactionId != other.TransactionId ? TransactionId.CompareTo(other.TransactionId) : Sequence.CompareTo(other.Sequence);

    public static bool operator >(FeedPosition left, FeedPosition right) => left.CompareTo(right) > 0;

    public static bool operator <(FeedPosition left, FeedPosition right) => left.CompareTo(right) < 0;

    public static bool operator >=(FeedPosition left, FeedPosition right) => left.CompareTo(right) >= 0;

    public static bool operator <=(FeedPosition left, FeedPosition right) => left.CompareTo(right) <= 0;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{TransactionId}-{Sequence}");
}
