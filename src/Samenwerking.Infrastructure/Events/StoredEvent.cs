namespace Samenwerking.Infrastructure.Events;

/// <summary>
/// A row of the outbox that is also the change feed: written by the same SaveChanges as the change it
/// describes, never updated, kept when the collaboration is deleted.
/// </summary>
public sealed class StoredEvent
{
    /// <summary>Taken from a sequence at insert: unique, but transactions may commit out of this order.</summary>
    public long Sequence { get; private set; }

    /// <summary>
    /// The writing transaction's id (<c>pg_current_xact_id()</c>), filled in by the database. The feed
    /// shows an event only once every transaction with a smaller id has finished.
    /// </summary>
    public long TransactionId { get; private set; }

    public Guid Id { get; init; }

    public required string Type { get; init; }

    public Guid Subject { get; init; }

    public DateTimeOffset Time { get; init; }

    public required string ResourcePath { get; init; }

    /// <summary>Municipalities concerned, for the feed's and subscriptions' municipality filter.</summary>
    public required string[] MunicipalityCodes { get; init; }

    /// <summary>Who caused it: the token subject (kept also after a deletion).</summary>
    public required string ActorSubject { get; init; }

    public required string Data { get; init; }
}
