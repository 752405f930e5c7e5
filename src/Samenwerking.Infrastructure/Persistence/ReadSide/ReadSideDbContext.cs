using Microsoft.EntityFrameworkCore;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Municipalities;
using Samenwerking.Infrastructure.ReferenceData;

namespace Samenwerking.Infrastructure.Persistence.ReadSide;

/// <summary>
/// The read side over whichever context <see cref="ReadSideRegistration"/> chose: the replica's or the primary's. Its
/// queries are single queries: they project, so the split queries the context uses to load aggregates buy nothing here,
/// and EF buffers a split query's every row (each value boxed) before it hands over the first, where a single query
/// streams them.
/// </summary>
internal sealed class ReadSideDbContext(SamenwerkingDbContext db, MunicipalityRecordsCache municipalityRecords) : IReadSideDbContext
{
    public IQueryable<Municipality> Municipalities => db.Municipalities.AsSingleQuery();

    public IQueryable<Collaboration> Collaborations => db.Collaborations.AsSingleQuery();

    public IQueryable<Participant> Participants => db.Participants.AsSingleQuery();

    public IQueryable<Domain.Evaluations.DevelopmentActivity> DevelopmentActivities => db.DevelopmentActivities.AsSingleQuery();

    public ValueTask<ILookup<string, Municipality>> MunicipalityRecordsAsync(CancellationToken cancellationToken) =>
        municipalityRecords.GetAsync(db, cancellationToken);
}
