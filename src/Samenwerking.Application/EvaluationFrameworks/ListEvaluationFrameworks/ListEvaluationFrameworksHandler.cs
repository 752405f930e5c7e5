using Mediator;
using Microsoft.EntityFrameworkCore;
using Samenwerking.Application.Common.Abstractions;

namespace Samenwerking.Application.EvaluationFrameworks.ListEvaluationFrameworks;

public sealed class ListEvaluationFrameworksHandler(IApplicationDbContext db)
    : IQueryHandler<ListEvaluationFrameworksQuery, IReadOnlyList<EvaluationFrameworkDto>>
{
    public async ValueTask<IReadOnlyList<EvaluationFrameworkDto>> Handle(ListEvaluationFrameworksQuery query, CancellationToken cancellationToken) =>
        (await db.EvaluationFrameworks.AsNoTracking().OrderBy(f => f.NameForSearch).ThenBy(f => f.Id).ToListAsync(cancellationToken))
        .Select(f => f.ToDto())
        .ToList();
}
