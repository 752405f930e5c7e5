using Microsoft.EntityFrameworkCore;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Concurrency;
using Samenwerking.Application.Common.Exceptions;
using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Application.Collaborations.Shared;

/// <summary>Loading the collaboration aggregate, as every command needs it (queries project instead).</summary>
public static class CollaborationLoading
{
    public static async Task<Collaboration> LoadCollaborationAsync(this IApplicationDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Collaborations
            .Include(c => c.Participants).Include(c => c.Transitions).Include(c => c.Decisions).Include(c => c.Roles)
            .FirstOrDefaultAsync(c => c.Id == id, cancellationToken)
        ?? throw new NotFoundException("Collaboration", id.ToString());

    /// <summary>
    /// Loads the aggregate for a change based on <paramref name="expectedVersion"/> (the client's If-Match).
    /// A stale version is refused here; one that goes stale between this read and the save is caught by
    /// the store's concurrency token, so two writers never both succeed. It does not ask who may change it:
    /// command handlers use <c>LoadForParticipantChangeAsync</c> (Common/Authorization) instead.
    /// </summary>
    public static async Task<Collaboration> LoadForChangeAsync(this IApplicationDbContext db, Guid id, VersionCondition? expectedVersion,
        bool versionRequired, CancellationToken cancellationToken)
    {
        var collaboration = await db.LoadCollaborationAsync(id, cancellationToken);
        collaboration.EnsureVersion(expectedVersion, versionRequired);
        return collaboration;
    }
}
