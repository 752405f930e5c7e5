namespace Samenwerking.Infrastructure.Idempotency;

/// <summary>
/// One Idempotency-Key of one client: the request it was first used with (as a hash) and, once that request
/// has finished, the response to replay. Kept in PostgreSQL so that every API instance sees it.
/// </summary>
public sealed class IdempotencyRecord
{
    public required string Subject { get; init; }

    public required string Key { get; init; }

    public required byte[] RequestHash { get; init; }

    /// <summary>When the current attempt took the key; an attempt that never finished can be taken over after a while.</summary>
    public DateTimeOffset ClaimedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>Null while the first request is still being processed.</summary>
    public int? StatusCode { get; set; }

    public string? Location { get; set; }

    public string? ETag { get; set; }

    public string? ContentType { get; set; }

    public byte[]? Body { get; set; }
}
