using System.Linq.Expressions;
using Samenwerking.Application.Collaborations.Shared;
using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Municipalities;

namespace Samenwerking.Application.Collaborations.Reading;

/// <summary>Expressions the database evaluates to fill the DTOs directly, so a query never builds (or tracks) the aggregate.</summary>
public static class CollaborationProjections
{
    /// <summary>
    /// A participant with the name its municipality had on the day it joined, or else the last name it had (a merged
    /// municipality), joined in the same statement instead of looked up afterwards. Active as
    /// <see cref="Domain.Collaborations.Participant.Active"/> says: it has not left.
    /// </summary>
    public static Expression<Func<Participant, ParticipantDto>> Participant(IQueryable<Municipality> municipalities) =>
        p => new ParticipantDto(
            p.MunicipalityCode,
            municipalities
                .Where(m => m.Code == p.MunicipalityCode)
                .OrderByDescending(m => m.ValidFrom <= p.JoinedOn && (m.ValidTo == null || p.JoinedOn < m.ValidTo))
                .ThenByDescending(m => m.ValidFrom)
                .Select(m => m.Name)
                .FirstOrDefault() ?? p.MunicipalityCode,
            p.Role, p.JoinedOn, p.LeftOn, p.WithdrawalReason, p.LeftOn == null);
}
