using Mediator;
using Samenwerking.Application.Common.Concurrency;
using Microsoft.EntityFrameworkCore;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Exceptions;

namespace Samenwerking.Application.EvaluationFrameworks.GetEvaluationFramework;

public sealed class GetEvaluationFrameworkHandler(IApplicationDbContext db) : IQueryHandler<GetEvaluationFrameworkQuery, Versioned<EvaluationFrameworkDto>>
{
    // The criteria are stored as JSON in the framework's row, so one untracked read is already the projection.
    public async ValueTask<Versioned<EvaluationFrameworkDto>> Handle(GetEvaluationFrameworkQuery query, CancellationToken cancellationToken) =>
        (await db.EvaluationFrameworks.AsNoTracking().FirstOrDefaultAsync(f => f.Id == query.Id, cancellationToken)
         ?? throw new NotFoundException("Evaluation framework", query.Id.ToString())).ToVersionedDto();
}
