using Samenwerking.Application.Common.Abstractions;

namespace Samenwerking.Application.Common.Querying;

/// <summary>A municipality's numbers of participations from the read model, as values to add up (<see cref="ParticipationCount"/>).</summary>
public static class ParticipationCounts
{
    public static IQueryable<int> ActiveParticipationsOf(this IReadSideDbContext db, string municipalityCode) =>
        db.ParticipationCounts.Where(c => c.MunicipalityCode == municipalityCode).Select(c => c.Active);

    public static IQueryable<int> ParticipationsOf(this IReadSideDbContext db, string municipalityCode) =>
        db.ParticipationCounts.Where(c => c.MunicipalityCode == municipalityCode).Select(c => c.Participations);
}
