using Microsoft.EntityFrameworkCore;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Concurrency;
using Samenwerking.Application.Common.Exceptions;
using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Rules;

namespace Samenwerking.Application.Collaborations.Common;

/// <summary>Loading and guarding the collaboration aggregate, as every command needs it.</summary>
public static class CollaborationStore
{
    public const string ResourceName = "collaboration";

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

    /// <summary>The client's If-Match against the loaded version: 428 when required and missing, 412 when stale.</summary>
    public static void EnsureVersion(this Collaboration collaboration, VersionCondition? expectedVersion, bool versionRequired)
    {
        if (expectedVersion is null)
        {
            if (versionRequired)
            {
                throw new PreconditionRequiredException(ResourceName);
            }

            return;
        }

        if (!expectedVersion.IsMetBy(collaboration.Version))
        {
            throw new ConcurrencyConflictException(ResourceName, collaboration.Version);
        }
    }

    public static async Task<CollaborationDto> ToDtoAsync(this IApplicationDbContext db, Collaboration collaboration,
        CancellationToken cancellationToken)
    {
        var names = await db.NamesAsync(collaboration.Participants.Select(p => p.MunicipalityCode), cancellationToken);
        return collaboration.ToDto(names);
    }

    /// <summary>Asks <see cref="UniqueNames"/> whether another collaboration holds the name; the database index backs this up under races.</summary>
    public static async Task EnsureNameIsFreeAsync(this IApplicationDbContext db, string name, Guid? except, CancellationToken cancellationToken)
    {
        var key = UniqueNames.Key(name);
        var existing = await db.Collaborations
            .Where(c => c.NameForSearch == key && c.Id != except)
            .Select(c => new { c.Id, c.Name })
            .FirstOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            throw UniqueNames.CollaborationNameTaken(existing.Id, existing.Name);
        }
    }
}
