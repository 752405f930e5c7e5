using Mediator;
using Microsoft.EntityFrameworkCore;
using Samenwerking.Application.Collaborations.Shared;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Domain.Evaluations;

namespace Samenwerking.Application.Evaluations.GetEvaluationTrend;

public sealed class GetEvaluationTrendHandler(IApplicationDbContext db) : IQueryHandler<GetEvaluationTrendQuery, EvaluationTrendDto>
{
    public async ValueTask<EvaluationTrendDto> Handle(GetEvaluationTrendQuery query, CancellationToken cancellationToken)
    {
        await db.EnsureCollaborationExistsAsync(query.CollaborationId, cancellationToken);
        var framework = await db.FrameworkNamedInInputAsync(query.FrameworkId!.Value, cancellationToken);
        var evaluations = await db.Evaluations.AsNoTracking()
            .Where(e => e.CollaborationId == query.CollaborationId && e.FrameworkId == framework.Id)
            .ToListAsync(cancellationToken);

        return new EvaluationTrendDto(framework.Id, framework.Name, EvaluationTrend.For(framework, evaluations)
            .Select(series => new CriterionTrendDto(series.Criterion.Code, series.Criterion.Name,
                series.Points.Select(p => new TrendPointDto(p.EvaluationId, p.EvaluatedOn, p.Score)).ToList()))
            .ToList());
    }
}
