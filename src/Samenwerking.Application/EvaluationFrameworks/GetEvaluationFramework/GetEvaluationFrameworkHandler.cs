using Mediator;
using Samenwerking.Application.Common.Abstractions;

namespace Samenwerking.Application.EvaluationFrameworks.GetEvaluationFramework;

public sealed class GetEvaluationFrameworkHandler(IApplicationDbContext db) : IQueryHandler<GetEvaluationFrameworkQuery, EvaluationFrameworkDto>
{
    public async ValueTask<EvaluationFrameworkDto> Handle(GetEvaluationFrameworkQuery query, CancellationToken cancellationToken) =>
        (await db.LoadFrameworkAsync(query.Id, cancellationToken)).ToDto();
}
