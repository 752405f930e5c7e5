using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Domain.Common;
using Samenwerking.Infrastructure.Persistence;

namespace Samenwerking.Infrastructure.ReferenceData;

/// <summary>
/// Adds the shipped evaluation frameworks that are missing, matched by their stable id. Idempotent, and
/// it never overwrites: once shipped, a framework is users' data, which they may have corrected, and
/// whose criteria evaluations may depend on.
/// </summary>
public sealed class EvaluationFrameworkReferenceDataLoader(SamenwerkingDbContext db, IClock clock,
    ILogger<EvaluationFrameworkReferenceDataLoader> logger)
{
    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        var stored = await db.EvaluationFrameworks.Select(f => new { f.Id, f.NameForSearch }).ToListAsync(cancellationToken);
        var added = 0;
        foreach (var framework in EvaluationFrameworkReferenceData.Frameworks(new ChangeContext(Actor.System, clock.UtcNow, clock.Today)))
        {
            if (stored.Any(f => f.Id == framework.Id))
            {
                continue;
            }

            if (stored.Any(f => f.NameForSearch == framework.NameForSearch))
            {
                logger.LogWarning("Evaluation framework '{Name}' ({Id}) not added: a framework with that name already exists",
                    framework.Name, framework.Id);
                continue;
            }

            db.EvaluationFrameworks.Add(framework);
            added++;
        }

        if (added > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Evaluation framework reference data: {Added} framework(s) added", added);
        }
    }
}
