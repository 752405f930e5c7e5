using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Samenwerking.Infrastructure.ReferenceData;

namespace Samenwerking.Infrastructure.Persistence;

/// <summary>
/// Applies pending migrations, then loads reference data: what a deployment needs before serving. Runs under
/// the <see cref="StartupLock"/>, so instances starting together apply each migration and load each row once.
/// </summary>
public sealed class DatabaseInitializer(
    SamenwerkingDbContext db,
    MunicipalityReferenceDataLoader municipalities,
    EvaluationFrameworkReferenceDataLoader evaluationFrameworks,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using var startupLock = await StartupLock.AcquireAsync(db, cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
            await db.Database.MigrateAsync(cancellationToken);
        }

        await municipalities.LoadAsync(cancellationToken);
        await evaluationFrameworks.LoadAsync(cancellationToken);
    }
}
