namespace Samenwerking.Domain.Subscriptions;

/// <summary>
/// A webhook: the change feed pushed to a callback URL, filtered on event types and optionally a
/// municipality. It keeps its own position in the feed and delivers one event at a time, so events
/// arrive in feed order (and thus in order per subject). A delivery that keeps failing is retried with
/// growing pauses; after <see cref="GiveUpAfter"/> the subscription is marked failing and stops.
/// </summary>
public sealed class Subscription
{
    public const int MaxCallbackUrlLength = 2000;
    public const int MaxEventTypes = 50;

    /// <summary>How long one event may keep failing before the subscription stops.</summary>
    public static readonly TimeSpan GiveUpAfter = TimeSpan.FromHours(24);

    private List<string> eventTypes = [];

    private Subscription()
    {
        OwnerSubject = "";
        CallbackUrl = "";
        Secret = "";
    }

    public Guid Id { get; private set; }

    /// <summary>The token subject that created it: only they (or an administrator) see or delete it.</summary>
    public string OwnerSubject { get; private set; }

    public string CallbackUrl { get; private set; }

    public IReadOnlyList<string> EventTypes => eventTypes;

    public string? MunicipalityCode { get; private set; }

    /// <summary>The signing secret (<c>whsec_</c> + base64), shown once at creation.</summary>
    public string Secret { get; private set; }

    /// <summary>One event failed for a whole day: deliveries stopped.</summary>
    public bool IsFailing { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The feed position of the last event delivered (or skipped as before the subscription existed).</summary>
    public long CursorTransactionId { get; private set; }

    public long CursorSequence { get; private set; }

    public Guid? LastDeliveredEventId { get; private set; }

    public DateTimeOffset? LastDeliveredAt { get; private set; }

    /// <summary>When the event now waiting first failed; null while deliveries succeed.</summary>
    public DateTimeOffset? FailingSince { get; private set; }

    public int FailedAttempts { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    public string? LastError { get; private set; }

    public static Subscription Create(string ownerSubject, Uri callbackUrl, IEnumerable<string> eventTypes, string? municipalityCode,
        string secret, long cursorTransactionId, long cursorSequence, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        OwnerSubject = ownerSubject,
        CallbackUrl = callbackUrl.AbsoluteUri,
        eventTypes = [.. eventTypes.Distinct(StringComparer.Ordinal)],
        MunicipalityCode = municipalityCode,
        Secret = secret,
        CreatedAt = now,
        CursorTransactionId = cursorTransactionId,
        CursorSequence = cursorSequence,
        NextAttemptAt = now,
    };

    /// <summary>
    /// After a herindeling, a subscription that followed an ending municipality follows its successor, which took over its
    /// participations and register: otherwise it would go silent while the regelingen it watched go on.
    /// </summary>
    public Herindelingen.HerindelingChange? FollowSuccessor(Herindelingen.Herindeling herindeling)
    {
        if (MunicipalityCode is not { } followed || !herindeling.Ends(followed))
        {
            return null;
        }

        MunicipalityCode = herindeling.SuccessorCode;
        return new(Herindelingen.HerindelingChangeKind.SubscriptionFollowsSuccessor, followed, herindeling.SuccessorCode);
    }

    public bool IsVisibleTo(string subject, bool administrator) => administrator || OwnerSubject == subject;

    public void Delivered(Guid eventId, long transactionId, long sequence, DateTimeOffset now)
    {
        CursorTransactionId = transactionId;
        CursorSequence = sequence;
        LastDeliveredEventId = eventId;
        LastDeliveredAt = now;
        FailingSince = null;
        FailedAttempts = 0;
        LastError = null;
        NextAttemptAt = now;
    }

    /// <summary>
    /// The receiver did not accept the event: try again after a pause that doubles with every attempt
    /// (from <paramref name="firstRetryDelay"/>, at most an hour), and stop once it has failed for a day.
    /// </summary>
    public void DeliveryFailed(string error, DateTimeOffset now, TimeSpan firstRetryDelay)
    {
        FailingSince ??= now;
        FailedAttempts++;
        LastError = error.Length > 500 ? error[..500] : error;
        var delay = TimeSpan.FromTicks(Math.Min(TimeSpan.FromHours(1).Ticks,
            firstRetryDelay.Ticks * (long)Math.Pow(2, Math.Min(FailedAttempts - 1, 30))));
        NextAttemptAt = now + delay;
        if (now - FailingSince >= GiveUpAfter)
        {
            IsFailing = true;
        }
    }
}
