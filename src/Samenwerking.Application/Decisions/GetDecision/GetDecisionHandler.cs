using Mediator;
using Microsoft.EntityFrameworkCore;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Exceptions;

namespace Samenwerking.Application.Decisions.GetDecision;

public sealed class GetDecisionHandler(IApplicationDbContext db) : IQueryHandler<GetDecisionQuery, DecisionDto>
{
    public async ValueTask<DecisionDto> Handle(GetDecisionQuery query, CancellationToken cancellationToken)
    {
        // One statement tells an unknown collaboration (no row) from an unknown decision (a row without one).
        var found = await db.Collaborations.AsNoTracking()
                        .Where(c => c.Id == query.CollaborationId)
                        .Select(c => new
                        {
                            Decision = c.Decisions.AsQueryable().Where(d => d.Id == query.DecisionId).Select(DecisionProjections.ToDto).FirstOrDefault(),
                        })
                        .FirstOrDefaultAsync(cancellationToken)
                    ?? throw new NotFoundException("Collaboration", query.CollaborationId.ToString());
        return found.Decision ?? throw new NotFoundException("Decision", query.DecisionId.ToString());
    }
}
