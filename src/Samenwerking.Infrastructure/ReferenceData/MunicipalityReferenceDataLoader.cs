using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Infrastructure.Persistence;

namespace Samenwerking.Infrastructure.ReferenceData;

/// <summary>
/// Brings the municipalities table in line with the shipped CBS file. Idempotent: records are
/// matched on code and start date, new ones added, changed ones updated, nothing deleted (a
/// participant may still point at a record that a later file no longer lists), and an end or successor an
/// administrator added through the API is kept when the file does not know it yet.
/// </summary>
public sealed class MunicipalityReferenceDataLoader(SamenwerkingDbContext db, IMunicipalityRecordsChanged announcer,
    ILogger<MunicipalityReferenceDataLoader> logger)
{
    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        var shipped = MunicipalityCsv.ReadEmbedded();
        var stored = await db.Municipalities.ToDictionaryAsync(m => (m.Code, m.ValidFrom), cancellationToken);

        var added = 0;
        var updated = 0;
        foreach (var record in shipped)
        {
            if (!stored.TryGetValue((record.Code, record.ValidFrom), out var existing))
            {
                db.Municipalities.Add(record);
                added++;
            }
            else if (existing.UpdateFromShipped(record))
            {
                updated++;
            }
        }

        if (added + updated > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
            await announcer.AnnounceAsync(cancellationToken);
            logger.LogInformation("Municipality reference data: {Added} records added, {Updated} updated", added, updated);
        }
    }
}
