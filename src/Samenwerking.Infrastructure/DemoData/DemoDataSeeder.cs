using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Samenwerking.Infrastructure.Persistence;

namespace Samenwerking.Infrastructure.DemoData;

/// <summary>
/// Fills a development or demonstration database, after migrations and reference data, with every
/// registered <see cref="IDemoDataPart"/>. Off unless <see cref="EnabledSetting"/> is true.
/// </summary>
/// <remarks>
/// Seeding runs under the <see cref="StartupLock"/>, so two instances never add the same part twice. That
/// lock does not hold off requests: a part that writes shared rows (the demo evaluations mark the shipped
/// frameworks in use, under their row version) can meet a request that changed those rows since the part
/// read them. Each part saves all it adds in one SaveChanges, so after such a conflict nothing of it is
/// stored and it simply runs again on fresh data, deciding anew whether anything is still missing.
/// </remarks>
public sealed class DemoDataSeeder(
    SamenwerkingDbContext db,
    IEnumerable<IDemoDataPart> parts,
    ILogger<DemoDataSeeder> logger)
{
    public const string EnabledSetting = "DemoData:Enabled";

    private const int AttemptsPerPart = 5;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await using var startupLock = await StartupLock.AcquireAsync(db, cancellationToken);
        foreach (var part in parts)
        {
            await SeedWithFreshDataOnConflictAsync(part, cancellationToken);
        }

        logger.LogInformation("Demo data checked ({Count} part(s))", parts.Count());
    }

    private async Task SeedWithFreshDataOnConflictAsync(IDemoDataPart part, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await part.SeedAsync(cancellationToken);
                return;
            }
            catch (DbUpdateConcurrencyException conflict) when (attempt < AttemptsPerPart)
            {
                logger.LogInformation("Demo data part {Part} met a concurrent change ({Entities}); running it again on fresh data",
                    part.GetType().Name, string.Join(", ", conflict.Entries.Select(e => e.Metadata.ClrType.Name)));
                db.ChangeTracker.Clear();
            }
        }
    }
}
