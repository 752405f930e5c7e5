using Microsoft.EntityFrameworkCore;
using Samenwerking.Infrastructure.Persistence;

namespace Samenwerking.Infrastructure.Idempotency;

/// <summary>
/// Claims, completes and releases Idempotency-Keys with single statements, so that two instances handling the
/// same key at the same moment cannot both win: the primary key decides.
/// </summary>
public sealed class IdempotencyStore(SamenwerkingDbContext db, TimeProvider time)
{
    public const int MaxKeyLength = 255;
    public const int MaxSubjectLength = 255;

    /// <summary>Takes the key for this request, or returns what is stored under it when another request has it.</summary>
    public async Task<IdempotencyRecord?> TryClaimAsync(string subject, string key, byte[] requestHash, IdempotencyOptions options,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var expiresAt = now + options.Retention;
        var abandonedBefore = now - options.InFlightTimeout;
        // New key, an expired one, or an attempt that never finished (its instance died): this request takes it.
        var claimed = await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO idempotency_records (subject, key, request_hash, claimed_at, expires_at)
            VALUES ({subject}, {key}, {requestHash}, {now}, {expiresAt})
            ON CONFLICT (subject, key) DO UPDATE
               SET request_hash = excluded.request_hash, claimed_at = excluded.claimed_at, expires_at = excluded.expires_at,
                   status_code = NULL, location = NULL, e_tag = NULL, content_type = NULL, body = NULL
             WHERE idempotency_records.expires_at <= {now}
                OR (idempotency_records.status_code IS NULL AND idempotency_records.claimed_at <= {abandonedBefore}
                    AND idempotency_records.request_hash = excluded.request_hash)
            """, cancellationToken);
        if (claimed == 1)
        {
            return null;
        }

        return await db.Set<IdempotencyRecord>().AsNoTracking()
            .SingleOrDefaultAsync(r => r.Subject == subject && r.Key == key, cancellationToken);
    }

    public Task CompleteAsync(string subject, string key, int statusCode, string? location, string? etag, string? contentType, byte[] body,
        CancellationToken cancellationToken) =>
        db.Set<IdempotencyRecord>().Where(r => r.Subject == subject && r.Key == key).ExecuteUpdateAsync(record => record
            .SetProperty(r => r.StatusCode, statusCode)
            .SetProperty(r => r.Location, location)
            .SetProperty(r => r.ETag, etag)
            .SetProperty(r => r.ContentType, contentType)
            .SetProperty(r => r.Body, body), cancellationToken);

    /// <summary>Gives the key back when the request did not create anything, so the client may use it again.</summary>
    public Task ReleaseAsync(string subject, string key) =>
        db.Set<IdempotencyRecord>().Where(r => r.Subject == subject && r.Key == key && r.StatusCode == null)
            .ExecuteDeleteAsync(CancellationToken.None);

    public Task<int> RemoveExpiredAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return db.Set<IdempotencyRecord>().Where(r => r.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
    }
}
