using Microsoft.EntityFrameworkCore;
using Samenwerking.Domain.Municipalities;

namespace Samenwerking.Infrastructure.ReferenceData;

/// <summary>
/// The municipalities' CBS records, read from the database once and then kept for <see cref="MaxAge"/>. Every write
/// that names a municipality and every answer that shows a participant's name needs them, while they change only
/// when an instance starts with a newer reference file (a few times a year, at municipal mergers): a query each
/// time cost a create a statement and a round trip of its own. An instance that did not load the newer file itself
/// sees it within <see cref="MaxAge"/>; the instance that loaded it, at once.
/// </summary>
public sealed class MunicipalityRecordsCache(TimeProvider time) : IDisposable
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(10);

    private readonly SemaphoreSlim loading = new(1, 1);
    private volatile Snapshot? current;

    /// <summary>Every record by code. The records are shared between requests and never tracked: read them, never change them.</summary>
    public async ValueTask<ILookup<string, Municipality>> GetAsync(DbContext db, CancellationToken cancellationToken)
    {
        if (Fresh(current) is { } snapshot)
        {
            return snapshot.Records;
        }

        // One reader refreshes; the requests that arrive meanwhile wait for it instead of all querying at once.
        await loading.WaitAsync(cancellationToken);
        try
        {
            if (Fresh(current) is { } loaded)
            {
                return loaded.Records;
            }

            var records = await db.Set<Municipality>().AsNoTracking().ToListAsync(cancellationToken);
            current = new Snapshot(records.ToLookup(m => m.Code, StringComparer.Ordinal), time.GetTimestamp());
            return current.Records;
        }
        finally
        {
            loading.Release();
        }
    }

    public void Dispose() => loading.Dispose();

    /// <summary>Forgets the records, after this instance loaded a newer reference file.</summary>
    public void Invalidate() => current = null;

    private Snapshot? Fresh(Snapshot? snapshot) =>
        snapshot is not null && time.GetElapsedTime(snapshot.LoadedAt) < MaxAge ? snapshot : null;

    private sealed record Snapshot(ILookup<string, Municipality> Records, long LoadedAt);
}
