using Microsoft.EntityFrameworkCore;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Infrastructure.Persistence;

namespace Samenwerking.Infrastructure.ReferenceData;

/// <summary>Tells this instance's cache, and through PostgreSQL every other instance's, that the municipality records changed.</summary>
public sealed class MunicipalityRecordsAnnouncer(SamenwerkingDbContext db, MunicipalityRecordsCache cache) : IMunicipalityRecordsChanged
{
    /// <summary>The PostgreSQL channel every instance listens on for new municipality records.</summary>
    public const string Channel = "samenwerking_municipality_records";

    public async Task AnnounceAsync(CancellationToken cancellationToken)
    {
        cache.Invalidate();
        await db.Database.ExecuteSqlRawAsync($"NOTIFY {Channel}", cancellationToken);
    }
}
