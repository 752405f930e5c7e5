using Microsoft.EntityFrameworkCore;
using Samenwerking.Application.Collaborations.Shared;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Text;
using Samenwerking.Domain.Evaluations;

namespace Samenwerking.Application.Evaluations;

/// <summary>
/// Reads a collaboration's evaluations with the frameworks they used: a collaboration has a handful,
/// so all are read and compared in memory, in three queries whatever their number.
/// </summary>
public static class EvaluationReading
{
    public static async Task<IReadOnlyList<EvaluationDto>> EvaluationsOfAsync(this IApplicationDbContext db, Guid collaborationId,
        CancellationToken cancellationToken)
    {
        await db.EnsureCollaborationExistsAsync(collaborationId, cancellationToken);
        var evaluations = await db.Evaluations.AsNoTracking()
            .Where(e => e.CollaborationId == collaborationId)
            .ToListAsync(cancellationToken);
        var frameworkIds = evaluations.Select(e => e.FrameworkId).Distinct().ToList();
        var frameworks = await db.EvaluationFrameworks.AsNoTracking()
            .Where(f => frameworkIds.Contains(f.Id))
            .ToDictionaryAsync(f => f.Id, cancellationToken);

        return evaluations
            .OrderByDescending(e => e.EvaluatedOn).ThenByDescending(e => e.RecordedAt).ThenByDescending(e => e.Id)
            .Select(e => e.ToDto(frameworks[e.FrameworkId], EvaluationComparison.PreviousOf(e, evaluations)))
            .ToList();
    }

    /// <summary>A framework named in a request body or query that does not exist is invalid input, not a missing resource.</summary>
    public static async Task<EvaluationFramework> FrameworkNamedInInputAsync(this IApplicationDbContext db, Guid frameworkId,
        CancellationToken cancellationToken) =>
        await db.EvaluationFrameworks.FirstOrDefaultAsync(f => f.Id == frameworkId, cancellationToken)
        ?? throw new FluentValidation.ValidationException([
            new FluentValidation.Results.ValidationFailure("frameworkId", Messages.Shared.Get("Validation.Framework.Unknown", ("frameworkId", frameworkId))),
        ]);
}
