using Mediator;
using Microsoft.EntityFrameworkCore;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Querying;
using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Application.Collaborations.RegisterOverview;

/// <summary>
/// Three grouped counts on the read side; the provinces come from the reference data in memory, since a collaboration
/// counts once for each province in which it has an active participant.
/// </summary>
public sealed class GetRegisterOverviewHandler(IReadSideDbContext db) : IQueryHandler<GetRegisterOverviewQuery, RegisterOverviewDto>
{
    public async ValueTask<RegisterOverviewDto> Handle(GetRegisterOverviewQuery query, CancellationToken cancellationToken)
    {
        var ongoing = db.Collaborations.Where(Collaboration.Ongoing);
        var phases = await ongoing.GroupBy(c => c.Phase).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var instruments = await ongoing.GroupBy(c => c.LegalInstrument).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var memberships = await db.Participants
            .Where(p => p.LeftOn == null && !db.Collaborations.Any(c => c.Id == EF.Property<Guid>(p, ReadModelColumns.CollaborationId) && c.EndedOn != null))
            .Select(p => new { Collaboration = EF.Property<Guid>(p, ReadModelColumns.CollaborationId), p.MunicipalityCode })
            .ToListAsync(cancellationToken);
        var records = await db.MunicipalityRecordsAsync(cancellationToken);

        var perPhase = Enum.GetValues<Phase>()
            .Select(phase => new OverviewCount<Phase>(phase, phases.Where(p => p.Key == phase).Sum(p => p.Count)))
            .ToList();
        var perInstrument = instruments.OrderByDescending(i => i.Count).ThenBy(i => i.Key)
            .Select(i => new OverviewCount<LegalInstrument?>(i.Key, i.Count)).ToList();
        var perProvince = memberships
            .Select(m => (m.Collaboration, Province: records[m.MunicipalityCode].MaxBy(r => r.ValidFrom)?.ProvinceName))
            .Where(m => m.Province is not null)
            .Distinct()
            .GroupBy(m => m.Province!, StringComparer.Ordinal)
            .Select(g => new OverviewCount<string>(g.Key, g.Count()))
            .OrderBy(c => c.Value, StringComparer.Ordinal)
            .ToList();
        return new RegisterOverviewDto(phases.Sum(p => p.Count), perPhase, perInstrument, perProvince);
    }
}
