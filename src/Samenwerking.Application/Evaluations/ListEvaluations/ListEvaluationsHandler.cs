using Mediator;
using Samenwerking.Application.Common.Abstractions;

namespace Samenwerking.Application.Evaluations.ListEvaluations;

public sealed class ListEvaluationsHandler(IApplicationDbContext db) : IQueryHandler<ListEvaluationsQuery, IReadOnlyList<EvaluationDto>>
{
    public async ValueTask<IReadOnlyList<EvaluationDto>> Handle(ListEvaluationsQuery query, CancellationToken cancellationToken) =>
        await db.EvaluationsOfAsync(query.CollaborationId, cancellationToken);
}
