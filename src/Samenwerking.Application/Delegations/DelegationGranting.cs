using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Authorization;
using Samenwerking.Domain.Authorization;
using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Delegations;

namespace Samenwerking.Application.Delegations;

/// <summary>Grants a delegation for a loaded collaboration, as its own request does and as a role assignment may in the same request.</summary>
public static class DelegationGranting
{
    public static async Task<Delegation> GrantAsync(this IApplicationDbContext db, Collaboration collaboration, IDelegationGrant grant, string delegateName,
        string organisation, ICurrentActor actor, IClock clock, CancellationToken cancellationToken)
    {
        var capacity = DelegatePermissions.ToGrant(collaboration, actor.AsActingUser(), grant.GrantedBy);
        var change = await db.ChangeInCapacityAsync(capacity, actor, clock, cancellationToken);
        var delegation = Delegation.Grant(collaboration, capacity.MunicipalityCode!, grant.ToFacts(delegateName, organisation), change);
        db.Delegations.Add(delegation);
        return delegation;
    }

    public static DelegationDto ToDto(this Delegation d, DateOnly today, bool grantorTakesPart) =>
        new(d.Id, d.CollaborationId, d.DelegateSubject, d.DelegateName, d.Organisation, d.GrantedBy, d.Changes, d.ValidFrom, d.ValidUntil,
            d.StandingOn(today, grantorTakesPart), d.GrantedAt, d.GrantedByActor, d.WithdrawnAt, d.WithdrawnBy, d.WithdrawalReason);
}
