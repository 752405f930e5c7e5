using Microsoft.EntityFrameworkCore;
using Samenwerking.Application.Collaborations.Shared;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Concurrency;
using Samenwerking.Domain.Authorization;
using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Common;
using Samenwerking.Domain.Delegations;

namespace Samenwerking.Application.Common.Authorization;

/// <summary>
/// Changes an active participant may let a person make for it (<see cref="DelegatedChange"/>). As
/// <see cref="AuthorizedChanges.LoadForParticipantChangeAsync"/>, and a person (no municipality, no administrator) is
/// admitted under a delegation that covers the change today. The delegations are read from the database at every
/// request, so a withdrawal or an expiry counts at once on every instance; only persons cost that one read.
/// </summary>
public static class DelegableChanges
{
    public static async Task<(Collaboration Collaboration, ChangeContext Change)> LoadForDelegableChangeAsync(
        this IApplicationDbContext db, Guid id, DelegatedChange kind, VersionCondition? expectedVersion, bool versionRequired, ICurrentActor actor,
        IClock clock, CancellationToken cancellationToken)
    {
        var collaboration = await db.LoadCollaborationAsync(id, cancellationToken);
        var user = actor.AsActingUser();
        var capacity = DelegatePermissions.IsPerson(user)
            ? DelegatePermissions.ToChange(collaboration, user, kind, await db.DelegationsOfAsync(id, user.Actor.Subject, cancellationToken), clock.Today)
            : Permissions.ToChange(collaboration, user);
        collaboration.EnsureVersion(expectedVersion, versionRequired);
        return (collaboration, await db.ChangeInCapacityAsync(capacity, actor, clock, cancellationToken));
    }

    private static async Task<IReadOnlyCollection<Delegation>> DelegationsOfAsync(this IApplicationDbContext db, Guid collaborationId, string subject,
        CancellationToken cancellationToken) =>
        await db.Delegations.AsNoTracking()
            .Where(d => d.CollaborationId == collaborationId && d.DelegateSubject == subject)
            .ToListAsync(cancellationToken);
}
