using Mediator;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Exceptions;

namespace Samenwerking.Application.Evaluations.GetEvaluation;

public sealed class GetEvaluationHandler(IApplicationDbContext db) : IQueryHandler<GetEvaluationQuery, EvaluationDto>
{
    /// <remarks>The comparison needs the collaboration's other evaluations, so this reads them all; there are few.</remarks>
    public async ValueTask<EvaluationDto> Handle(GetEvaluationQuery query, CancellationToken cancellationToken) =>
        (await db.EvaluationsOfAsync(query.CollaborationId, cancellationToken)).FirstOrDefault(e => e.Id == query.EvaluationId)
        ?? throw new NotFoundException("Evaluation", query.EvaluationId.ToString());
}
