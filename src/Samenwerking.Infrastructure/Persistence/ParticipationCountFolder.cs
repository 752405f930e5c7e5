using Microsoft.EntityFrameworkCore;

namespace Samenwerking.Infrastructure.Persistence;

/// <summary>
/// Folds the rows of differences the participation count triggers append into one row per municipality (migration
/// <c>MunicipalityParticipationCounts</c>), so reading a count adds up a few rows, not one per change. On the primary:
/// it writes.
/// </summary>
public sealed class ParticipationCountFolder(SamenwerkingDbContext db)
{
    /// <summary>Returns the number of municipalities folded; 0 when another instance is folding right now.</summary>
    public Task<int> FoldAsync(CancellationToken cancellationToken) =>
        db.Database.SqlQuery<int>($"""SELECT fold_municipality_participation_counts() AS "Value" """).SingleAsync(cancellationToken);
}
