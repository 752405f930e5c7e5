using Mediator;
using Samenwerking.Application.Collaborations.Common;
using Samenwerking.Application.Common.Abstractions;

namespace Samenwerking.Application.Decisions.ListDecisions;

public sealed class ListDecisionsHandler(IApplicationDbContext db) : IQueryHandler<ListDecisionsQuery, IReadOnlyList<DecisionDto>>
{
    public async ValueTask<IReadOnlyList<DecisionDto>> Handle(ListDecisionsQuery query, CancellationToken cancellationToken) =>
        (await db.LoadCollaborationAsync(query.CollaborationId, cancellationToken)).Decisions
            .Where(d => query.Municipality is null || d.MunicipalityCode == query.Municipality)
            .OrderBy(d => d.DecidedOn).ThenBy(d => d.RecordedAt)
            .Select(d => d.ToDto())
            .ToList();
}
