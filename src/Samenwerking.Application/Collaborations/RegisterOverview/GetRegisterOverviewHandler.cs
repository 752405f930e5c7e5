using Mediator;
using Microsoft.EntityFrameworkCore;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Querying;
using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Application.Collaborations.RegisterOverview;

/// <summary>
/// Three grouped counts on the read side, each one statement: per phase, per legal instrument, and per province of the
/// municipalities in force (a collaboration counts once for each province in which it has an active participant).
/// </summary>
public sealed class GetRegisterOverviewHandler(IReadSideDbContext db) : IQueryHandler<GetRegisterOverviewQuery, RegisterOverviewDto>
{
    public async ValueTask<RegisterOverviewDto> Handle(GetRegisterOverviewQuery query, CancellationToken cancellationToken)
    {
        var ongoing = db.Collaborations.Where(Collaboration.Ongoing);
        var phases = await ongoing.GroupBy(c => c.Phase).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var instruments = await ongoing.GroupBy(c => c.LegalInstrument).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        // Each collaboration once per province in which one of its active participants lies, counted in the database.
        var provinces = await (
                from p in db.Participants
                where p.LeftOn == null
                      && !db.Collaborations.Any(c => c.Id == EF.Property<Guid>(p, ReadModelColumns.CollaborationId) && c.EndedOn != null)
                join m in db.Municipalities on p.MunicipalityCode equals m.Code
                where m.ValidTo == null
                group EF.Property<Guid>(p, ReadModelColumns.CollaborationId) by m.ProvinceName into province
                select new { province.Key, Count = province.Distinct().Count() })
            .ToListAsync(cancellationToken);

        var perPhase = Enum.GetValues<Phase>()
            .Select(phase => new OverviewCount<Phase>(phase, phases.Where(p => p.Key == phase).Sum(p => p.Count)))
            .ToList();
        var perInstrument = instruments.OrderByDescending(i => i.Count).ThenBy(i => i.Key)
            .Select(i => new OverviewCount<LegalInstrument?>(i.Key, i.Count)).ToList();
        var perProvince = provinces.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new OverviewCount<string>(p.Key, p.Count)).ToList();
        return new RegisterOverviewDto(phases.Sum(p => p.Count), perPhase, perInstrument, perProvince);
    }
}
