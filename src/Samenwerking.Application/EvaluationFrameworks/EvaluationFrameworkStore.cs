using Microsoft.EntityFrameworkCore;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Concurrency;
using Samenwerking.Application.Common.Exceptions;
using Samenwerking.Domain.Common;
using Samenwerking.Domain.Evaluations;
using Samenwerking.Domain.Rules;

namespace Samenwerking.Application.EvaluationFrameworks;

/// <summary>Loading and guarding the evaluation framework aggregate.</summary>
public static class EvaluationFrameworkStore
{
    public const string ResourceName = "evaluation framework";

    public static async Task<EvaluationFramework> LoadFrameworkAsync(this IApplicationDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.EvaluationFrameworks.FirstOrDefaultAsync(f => f.Id == id, cancellationToken)
        ?? throw new NotFoundException("Evaluation framework", id.ToString());

    /// <summary>As <c>AuthorizedChanges.LoadForParticipantChangeAsync</c> for collaborations: a stale If-Match is refused before anything changes.</summary>
    public static async Task<EvaluationFramework> LoadFrameworkForChangeAsync(this IApplicationDbContext db, Guid id, VersionCondition? expectedVersion,
        CancellationToken cancellationToken)
    {
        var framework = await db.LoadFrameworkAsync(id, cancellationToken);
        return expectedVersion switch
        {
            null => throw new PreconditionRequiredException(ResourceName),
            _ when expectedVersion.IsMetBy(framework.Version) => framework,
            _ => throw new ConcurrencyConflictException(ResourceName, framework.Version),
        };
    }

    /// <summary>Two frameworks with one name would be told apart by id only; the database index backs this up under races.</summary>
    public static async Task EnsureFrameworkNameIsFreeAsync(this IApplicationDbContext db, string name, Guid? except,
        CancellationToken cancellationToken)
    {
        var key = UniqueNames.Key(name);
        var existing = await db.EvaluationFrameworks
            .Where(f => f.NameForSearch == key && f.Id != except)
            .Select(f => new { f.Id, f.Name })
            .FirstOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            throw UniqueNames.FrameworkNameTaken(existing.Id, existing.Name);
        }
    }
}
