namespace Samenwerking.Infrastructure.Idempotency;

/// <summary>Settings of the <c>Idempotency</c> configuration section.</summary>
public sealed class IdempotencyOptions
{
    public const string Section = "Idempotency";

    /// <summary>How long a stored response is replayed for a repeated key.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// After this long an unfinished first request counts as abandoned (its instance stopped) and a retry may
    /// take the key over; until then a retry hears 409.
    /// </summary>
    public TimeSpan InFlightTimeout { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often expired records are deleted.</summary>
    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromHours(1);
}
