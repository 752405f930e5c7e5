using Microsoft.EntityFrameworkCore;

namespace Samenwerking.Infrastructure.Persistence;

/// <summary>
/// Folds the rows of differences that the count triggers append (migrations <c>MunicipalityParticipationCounts</c> and
/// <c>CollaborationCounts</c>) into one row per key, so reading a count adds up a few rows, not one per change. On the
/// primary: it writes.
/// </summary>
public sealed class CountFolder(SamenwerkingDbContext db)
{
    /// <summary>Returns the number of rows the folds wrote; 0 when another instance is folding right now.</summary>
    public Task<int> FoldAsync(CancellationToken cancellationToken) =>
        db.Database.SqlQuery<int>(
                $"""SELECT fold_municipality_participation_counts() + fold_collaboration_counts() AS "Value" """)
            .SingleAsync(cancellationToken);
}
