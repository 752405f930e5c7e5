using Microsoft.EntityFrameworkCore;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Concurrency;
using Samenwerking.Application.Common.Exceptions;
using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Rules;

namespace Samenwerking.Application.Collaborations.Shared;

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

    /// <summary>A participant addressed in the URL that does not take part is a missing resource (404).</summary>
    public static void EnsureActiveParticipant(this Collaboration collaboration, string municipalityCode)
    {
        if (!collaboration.IsActiveParticipant(municipalityCode))
        {
            throw new NotFoundException("Active participant", municipalityCode);
        }
    }

    public static void EnsureParticipated(this Collaboration collaboration, string municipalityCode)
    {
        if (!collaboration.HasParticipated(municipalityCode))
        {
            throw new NotFoundException("Participant", municipalityCode);
        }
    }

    public static async Task<Versioned<CollaborationDto>> ToVersionedDtoAsync(this IApplicationDbContext db, Collaboration collaboration,
        CancellationToken cancellationToken)
    {
        var names = await db.NamesAsync(collaboration.Participants.Select(p => p.MunicipalityCode), cancellationToken);
        return collaboration.ToVersionedDto(names);
    }

    /// <summary>The name is unique regardless of case and accents; the database index backs this up under races.</summary>
    public static async Task EnsureNameIsFreeAsync(this IApplicationDbContext db, string name, Guid? except, CancellationToken cancellationToken)
    {
        var key = Domain.Common.SearchText.Normalize(name.Trim());
        var existing = await db.Collaborations
            .Where(c => c.NameForSearch == key && c.Id != except)
            .Select(c => new { c.Id, c.Name })
            .FirstOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            throw DuplicateName(existing.Id, existing.Name);
        }
    }

    public static Domain.Common.DomainRuleViolationException DuplicateName(Guid existingId, string existingName) =>
        Refusals.DuplicateName.Because(new Text(
                $"A collaboration named '{existingName}' already exists; names are unique regardless of case and accents.",
                $"Er bestaat al een samenwerking met de naam '{existingName}'; namen zijn uniek, ongeacht hoofdletters en accenten."),
            new Dictionary<string, object?> { ["existingId"] = existingId, ["existingName"] = existingName });
}
