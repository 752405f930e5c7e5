using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Samenwerking.Infrastructure.Persistence;

/// <summary>
/// A save that only inserts, few enough rows to go out as one command, is atomic without an explicit transaction:
/// Npgsql sends the batch with a single Sync, so PostgreSQL runs it as one implicit transaction and any failing insert
/// (a duplicate name, a foreign key) rolls back all of them. That saves a create the COMMIT round trip (and the BEGIN
/// sent before the batch). Updates and deletes keep EF's transaction: their concurrency check (xmin) fails as "0 rows",
/// not as an error, and only the explicit transaction undoes the rest.
/// </summary>
internal static class InsertOnlySaves
{
    // Well below EF's batch size for Npgsql (1,000 commands), so the rows can never be split over two batches.
    private const int MaxRows = 100;

    /// <summary>Whether the tracked changes, once detected, are inserts only and fit one batch.</summary>
    public static bool FitInOneBatch(ChangeTracker changes)
    {
        var count = 0;
        foreach (var entry in changes.Entries())
        {
            switch (entry.State)
            {
                case EntityState.Added when ++count <= MaxRows && !OthersWaitForItsKey(entry):
                case EntityState.Unchanged or EntityState.Detached:
                    continue;
                default:
                    return false;
            }
        }

        return count > 0;
    }

    // A row whose key the database generates, on a table other rows refer to, makes EF send its dependants in a batch
    // of their own once the key is back: two batches, no longer atomic without a transaction.
    private static bool OthersWaitForItsKey(EntityEntry entry) =>
        entry.Metadata.GetReferencingForeignKeys().Any() && entry.Properties.Any(property => property.IsTemporary);
}
