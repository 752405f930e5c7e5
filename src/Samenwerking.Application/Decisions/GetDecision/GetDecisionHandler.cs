using Mediator;
using Samenwerking.Application.Collaborations.Common;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Exceptions;

namespace Samenwerking.Application.Decisions.GetDecision;

public sealed class GetDecisionHandler(IApplicationDbContext db) : IQueryHandler<GetDecisionQuery, DecisionDto>
{
    public async ValueTask<DecisionDto> Handle(GetDecisionQuery query, CancellationToken cancellationToken) =>
        (await db.LoadCollaborationAsync(query.CollaborationId, cancellationToken)).Decisions
            .FirstOrDefault(d => d.Id == query.DecisionId)?.ToDto()
        ?? throw new NotFoundException("Decision", query.DecisionId.ToString());
}
