using Microsoft.EntityFrameworkCore;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Exceptions;
using Samenwerking.Domain.Evaluations;

namespace Samenwerking.Application.Evaluations;

/// <summary>
/// What a correction or withdrawal of an evaluation needs beside the aggregate, which keeps no evaluations loaded: the
/// evaluation itself (tracked, so the aggregate's change to it is saved), its framework, and the date of the latest of
/// the collaboration's other evaluations, which becomes or stays the last one.
/// </summary>
internal static class EvaluationCorrections
{
    public static async Task<(Evaluation Evaluation, EvaluationFramework Framework, DateOnly? LatestOtherEvaluatedOn)> LoadEvaluationForChangeAsync(
        this IApplicationDbContext db, Guid collaborationId, Guid evaluationId, CancellationToken cancellationToken)
    {
        var evaluation = await db.Evaluations.FirstOrDefaultAsync(e => e.CollaborationId == collaborationId && e.Id == evaluationId, cancellationToken)
                         ?? throw new NotFoundException("Evaluation", evaluationId.ToString());
        var framework = await db.EvaluationFrameworks.AsNoTracking().SingleAsync(f => f.Id == evaluation.FrameworkId, cancellationToken);
        var latestOther = await db.Evaluations
            .Where(e => e.CollaborationId == collaborationId && e.Id != evaluationId)
            .MaxAsync(e => (DateOnly?)e.EvaluatedOn, cancellationToken);
        return (evaluation, framework, latestOther);
    }
}
