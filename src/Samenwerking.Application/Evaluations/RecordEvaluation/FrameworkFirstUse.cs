using Microsoft.EntityFrameworkCore;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Domain.Evaluations;

namespace Samenwerking.Application.Evaluations.RecordEvaluation;

/// <summary>
/// The first evaluation with a framework marks it in use, under the framework's row version, so that a
/// concurrent change of its criteria fails instead of leaving scores on criteria that no longer exist.
/// Two first evaluations at the same moment (in different collaborations) trip over the same version
/// although they agree; that case is recognised here and the save repeated, without writing the flag again.
/// </summary>
internal static class FrameworkFirstUse
{
    public static async Task SaveMarkingFirstUseAsync(this IApplicationDbContext db, EvaluationFramework framework,
        CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException conflict)
            when (conflict.Entries.Count == 1 && ReferenceEquals(conflict.Entries[0].Entity, framework))
        {
            var stored = await db.EvaluationFrameworks.AsNoTracking()
                .Where(f => f.Id == framework.Id)
                .Select(f => new { f.InUse, f.Version, f.Criteria })
                .SingleAsync(cancellationToken);
            if (!stored.InUse || !stored.Criteria.SequenceEqual(framework.Criteria))
            {
                throw;
            }

            // Already in use with the very criteria this evaluation was checked against: nothing left to write for the framework.
            var entry = conflict.Entries[0];
            entry.OriginalValues[nameof(EvaluationFramework.Version)] = stored.Version;
            entry.State = EntityState.Unchanged;
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
