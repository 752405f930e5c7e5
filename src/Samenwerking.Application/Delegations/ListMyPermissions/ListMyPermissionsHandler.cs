using Mediator;
using Microsoft.EntityFrameworkCore;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Paging;
using Samenwerking.Domain.Authorization;
using Samenwerking.Domain.Delegations;

namespace Samenwerking.Application.Delegations.ListMyPermissions;

/// <summary>
/// One statement per kind of user, the same rules the handlers apply: an administrator may change every collaboration, a
/// municipal user those their municipalities actively take part in, a person those where a delegation for them stands today
/// (not withdrawn, in its dates, its granting municipality still taking part). Read from the primary, so a grant shows at once.
/// </summary>
public sealed class ListMyPermissionsHandler(IApplicationDbContext db, ICurrentActor actor, IClock clock)
    : IQueryHandler<ListMyPermissionsQuery, PagedResult<PermissionDto>>
{
    private static readonly IReadOnlyList<DelegatedChange> Every = Enum.GetValues<DelegatedChange>();

    public async ValueTask<PagedResult<PermissionDto>> Handle(ListMyPermissionsQuery query, CancellationToken cancellationToken)
    {
        var user = actor.AsActingUser();
        if (user.IsAdministrator)
        {
            var all = await db.Collaborations.AsNoTracking().OrderBy(c => c.Name).ThenBy(c => c.Id)
                .Select(c => new { c.Id, c.Name })
                .ToPageAsync(query.Page, query.PageSize, cancellationToken);
            return new([.. all.Items.Select(c => new PermissionDto(c.Id, c.Name, PermissionReason.Administrator, null, true, Every, null, null))], all.Page);
        }

        if (user.Municipalities.Count > 0)
        {
            var codes = user.Municipalities.ToList();
            var taking = await db.Participants.AsNoTracking()
                .Where(p => p.LeftOn == null && codes.Contains(p.MunicipalityCode))
                .Join(db.Collaborations, p => EF.Property<Guid>(p, "CollaborationId"), c => c.Id, (p, c) => new { c.Id, c.Name, p.MunicipalityCode })
                .OrderBy(r => r.Name).ThenBy(r => r.Id).ThenBy(r => r.MunicipalityCode)
                .ToPageAsync(query.Page, query.PageSize, cancellationToken);
            return new([.. taking.Items.Select(r => new PermissionDto(r.Id, r.Name, PermissionReason.Participant, r.MunicipalityCode, true, Every, null, null))],
                taking.Page);
        }

        var today = clock.Today;
        var subject = user.Actor.Subject;
        var delegated = await db.Delegations.AsNoTracking()
            .Where(d => d.DelegateSubject == subject && d.WithdrawnAt == null && d.ValidFrom <= today && d.ValidUntil >= today)
            .Where(d => db.Participants.Any(p => EF.Property<Guid>(p, "CollaborationId") == d.CollaborationId && p.MunicipalityCode == d.GrantedBy && p.LeftOn == null))
            .Join(db.Collaborations, d => d.CollaborationId, c => c.Id,
                (d, c) => new { CollaborationId = c.Id, c.Name, d.GrantedBy, d.Changes, d.Id, d.ValidUntil })
            .OrderBy(r => r.Name).ThenBy(r => r.CollaborationId).ThenBy(r => r.Id)
            .ToPageAsync(query.Page, query.PageSize, cancellationToken);
        return new([.. delegated.Items.Select(r => new PermissionDto(r.CollaborationId, r.Name, PermissionReason.Delegate, r.GrantedBy, false, r.Changes,
            r.Id, r.ValidUntil))], delegated.Page);
    }
}
