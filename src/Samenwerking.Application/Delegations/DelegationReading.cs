using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Domain.Delegations;

namespace Samenwerking.Application.Delegations;

/// <summary>
/// Delegations as they are read: one projection with, per row, whether the granting municipality still takes part,
/// so the standing is the domain's rule over stored values and no aggregate is loaded.
/// </summary>
internal static class DelegationReading
{
    public sealed record Row(
        Guid Id, Guid CollaborationId, string DelegateSubject, string DelegateName, string Organisation, string GrantedBy,
        IReadOnlyList<DelegatedChange> Changes, DateOnly ValidFrom, DateOnly ValidUntil, DateTimeOffset GrantedAt, string GrantedByActor,
        DateTimeOffset? WithdrawnAt, string? WithdrawnBy, string? WithdrawalReason, bool GrantorTakesPart, uint Version)
    {
        public DelegationDto ToDto(DateOnly today) =>
            new(Id, CollaborationId, DelegateSubject, DelegateName, Organisation, GrantedBy, Changes, ValidFrom, ValidUntil,
                Delegation.StandingOf(WithdrawnAt != null, GrantorTakesPart, ValidFrom, ValidUntil, today), GrantedAt, GrantedByActor,
                WithdrawnAt, WithdrawnBy, WithdrawalReason);
    }

    public static IQueryable<Row> Rows(this IApplicationDbContext db, IQueryable<Delegation> delegations) =>
        delegations.Select(d => new Row(d.Id, d.CollaborationId, d.DelegateSubject, d.DelegateName, d.Organisation, d.GrantedBy, d.Changes,
            d.ValidFrom, d.ValidUntil, d.GrantedAt, d.GrantedByActor, d.WithdrawnAt, d.WithdrawnBy, d.WithdrawalReason,
            db.Participants.Any(p => Microsoft.EntityFrameworkCore.EF.Property<Guid>(p, "CollaborationId") == d.CollaborationId
                                     && p.MunicipalityCode == d.GrantedBy && p.LeftOn == null),
            d.Version));
}
