using Mediator;
using Samenwerking.Application.Collaborations.Common;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Domain.Phases;

namespace Samenwerking.Application.Phases.GetReadiness;

public sealed class GetReadinessHandler(IApplicationDbContext db, IClock clock) : IQueryHandler<GetReadinessQuery, ReadinessDto>
{
    public async ValueTask<ReadinessDto> Handle(GetReadinessQuery query, CancellationToken cancellationToken)
    {
        var collaboration = await db.LoadCollaborationAsync(query.CollaborationId, cancellationToken);
        var checks = collaboration.Readiness(clock.Today);
        var next = PhaseOrder.Next(collaboration.Phase);
        return new ReadinessDto(collaboration.Phase, next, next is not null && checks.All(c => c.Met),
            checks.Select(c => new RuleCheckDto(c.Code, c.Met, c.Detail)).ToList());
    }
}
