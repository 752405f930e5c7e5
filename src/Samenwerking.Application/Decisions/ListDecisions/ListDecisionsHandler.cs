using Mediator;
using Microsoft.EntityFrameworkCore;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Exceptions;

namespace Samenwerking.Application.Decisions.ListDecisions;

public sealed class ListDecisionsHandler(IApplicationDbContext db) : IQueryHandler<ListDecisionsQuery, IReadOnlyList<DecisionDto>>
{
    public async ValueTask<IReadOnlyList<DecisionDto>> Handle(ListDecisionsQuery query, CancellationToken cancellationToken) =>
        await db.Collaborations.AsNoTracking()
            .Where(c => c.Id == query.CollaborationId)
            .Select(c => c.Decisions.AsQueryable()
                .Where(d => query.Municipality == null || d.MunicipalityCode == query.Municipality)
                .OrderBy(d => d.DecidedOn).ThenBy(d => d.RecordedAt)
                .Select(DecisionProjections.ToDto)
                .ToList())
            .FirstOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("Collaboration", query.CollaborationId.ToString());
}
