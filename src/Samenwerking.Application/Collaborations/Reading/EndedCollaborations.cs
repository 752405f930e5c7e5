using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Application.Collaborations.Reading;

/// <summary>
/// Lists leave ended collaborations out unless asked (<c>includeEnded</c>). The municipality's participation counts the
/// database keeps do not know which collaborations ended, so a total taken from them adds a -1 for each participation
/// in an ended one: few rows, found through the partial index on ended collaborations.
/// </summary>
public static class EndedCollaborations
{
    /// <summary>A -1 for each participation of <paramref name="municipalityCode"/> (active ones only, unless <paramref name="includeFormer"/>) in an ended collaboration.</summary>
    public static IQueryable<int> EndedParticipationsOf(this IReadSideDbContext db, string municipalityCode, bool includeFormer) =>
        db.Collaborations.Where(c => c.EndedOn != null)
            .SelectMany(c => c.Participants.Where(p => p.MunicipalityCode == municipalityCode && (includeFormer || p.LeftOn == null)))
            .Select(_ => -1);

    /// <summary>The collaborations a default list shows: those that have not ended.</summary>
    public static IQueryable<Collaboration> OngoingUnless(this IQueryable<Collaboration> collaborations, bool includeEnded) =>
        includeEnded ? collaborations : collaborations.Where(Collaboration.Ongoing);
}
