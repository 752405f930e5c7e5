using Samenwerking.Domain.Rules;

namespace Samenwerking.Domain.Subscriptions;

/// <summary>
/// A webhook: the change feed pushed to a callback URL, filtered on event types and optionally a
/// municipality. It keeps its own position in the feed and delivers one event at a time, so events
/// arrive in feed order (and thus in order per subject). A delivery that keeps failing is retried with
/// growing pauses; after <see cref="GiveUpAfter"/> the subscription is marked failing and stops until it is
/// reactivated. Its owner can edit it, move its position back to have events delivered again, and rotate its
/// secret with an overlap during which the old secret signs too.
/// </summary>
public sealed class Subscription
{
    public const int MaxCallbackUrlLength = 2000;
    public const int MaxEventTypes = 50;

    /// <summary>The longest overlap of an old secret with its successor.</summary>
    public static readonly TimeSpan MaxSecretOverlap = TimeSpan.FromDays(7);

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

    /// <summary>The row version (PostgreSQL's <c>xmin</c>): the ETag, and the check that no change is lost to another.</summary>
    public uint Version { get; private set; }

    /// <summary>The token subject that created it: only they (or an administrator) see or delete it.</summary>
    public string OwnerSubject { get; private set; }

    public string CallbackUrl { get; private set; }

    public IReadOnlyList<string> EventTypes => eventTypes;

    public string? MunicipalityCode { get; private set; }

    /// <summary>The signing secret (<c>whsec_</c> + base64), shown once at creation.</summary>
    public string Secret { get; private set; }

    /// <summary>The secret that signed before the last rotation, while its overlap lasts; null when there is none.</summary>
    public string? PreviousSecret { get; private set; }

    /// <summary>Until when <see cref="PreviousSecret"/> still signs.</summary>
    public DateTimeOffset? PreviousSecretExpiresAt { get; private set; }

    /// <summary>One event failed for a whole day: deliveries stopped.</summary>
    public bool IsFailing { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The feed position of the last event delivered (or skipped as before the subscription existed).</summary>
    public long CursorTransactionId { get; private set; }

    public long CursorSequence { get; private set; }

    public FeedPosition Position => new(CursorTransactionId, CursorSequence);

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

    /// <summary>The secrets that sign a request sent at <paramref name="now"/>: the current one, and the previous one during its overlap.</summary>
    public IReadOnlyList<string> SigningSecrets(DateTimeOffset now) =>
        PreviousSecret is { } previous && PreviousSecretExpiresAt > now ? [Secret, previous] : [Secret];

    /// <summary>
    /// Changes where and what is delivered. The filter applies from the current position on; a new callback URL is
    /// tried at once, with the failures counted so far (which were the old URL's) forgotten.
    /// </summary>
    public void Edit(Uri callbackUrl, IEnumerable<string> eventTypes, string? municipalityCode, DateTimeOffset now)
    {
        if (callbackUrl.AbsoluteUri != CallbackUrl)
        {
            CallbackUrl = callbackUrl.AbsoluteUri;
            FailingSince = null;
            FailedAttempts = 0;
            NextAttemptAt = now;
        }

        this.eventTypes = [.. eventTypes.Distinct(StringComparer.Ordinal)];
        MunicipalityCode = municipalityCode;
    }

    /// <summary>Starts deliveries again after the subscription stopped as failing, with the event it stopped at.</summary>
    public void Reactivate(DateTimeOffset now)
    {
        if (!IsFailing)
        {
            throw Refusals.SubscriptionNotFailing.Because(new Text(
                "The subscription is active: deliveries have not stopped, so there is nothing to reactivate.",
                "Het abonnement is actief: de bezorging is niet gestopt, dus er valt niets opnieuw te activeren."));
        }

        Resume(now);
    }

    /// <summary>
    /// Delivers again every matching event after <paramref name="from"/>, at once, also when the subscription had
    /// stopped as failing. A position past <paramref name="feedEnd"/> (the newest event visible now) is refused: the
    /// events up to it would never be delivered.
    /// </summary>
    public void RedeliverFrom(FeedPosition from, FeedPosition feedEnd, DateTimeOffset now)
    {
        if (from > feedEnd)
        {
            throw Refusals.RedeliveryPastFeedEnd.Because(new Text(
                $"The cursor {from} lies past the newest event of the feed ({feedEnd}); redeliver from that cursor or an earlier one.",
                $"De cursor {from} ligt voorbij de nieuwste gebeurtenis van de feed ({feedEnd}); bezorg opnieuw vanaf die cursor of een eerdere."),
                new Dictionary<string, object?> { ["feedEnd"] = feedEnd.ToString() });
        }

        CursorTransactionId = from.TransactionId;
        CursorSequence = from.Sequence;
        Resume(now);
    }

    /// <summary>
    /// Signs with <paramref name="newSecret"/> from now on; the current secret keeps signing beside it for
    /// <paramref name="overlap"/> (none when zero), so receivers can switch without losing an event. An older secret
    /// still overlapping stops signing.
    /// </summary>
    public void RotateSecret(string newSecret, TimeSpan overlap, DateTimeOffset now)
    {
        if (overlap < TimeSpan.Zero || overlap > MaxSecretOverlap)
        {
            throw new ArgumentOutOfRangeException(nameof(overlap), overlap, "The validator keeps the overlap between zero and a week.");
        }

        PreviousSecret = overlap > TimeSpan.Zero ? Secret : null;
        PreviousSecretExpiresAt = overlap > TimeSpan.Zero ? now + overlap : null;
        Secret = newSecret;
    }

    private void Resume(DateTimeOffset now)
    {
        IsFailing = false;
        FailingSince = null;
        FailedAttempts = 0;
        NextAttemptAt = now;
    }

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
