using Mediator;
using Microsoft.EntityFrameworkCore;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Exceptions;
using Samenwerking.Domain.Phases;

namespace Samenwerking.Application.Phases.GetReadiness;

public sealed class GetReadinessHandler(IApplicationDbContext db, IClock clock) : IQueryHandler<GetReadinessQuery, ReadinessDto>
{
    public async ValueTask<ReadinessDto> Handle(GetReadinessQuery query, CancellationToken cancellationToken)
    {
        var facts = await db.Collaborations.AsNoTracking()
                        .Where(c => c.Id == query.CollaborationId)
                        .Select(ExitRuleFactsReadModel.Projection)
                        .FirstOrDefaultAsync(cancellationToken)
                    ?? throw new NotFoundException("Collaboration", query.CollaborationId.ToString());

        var checks = ExitRules.For(facts.Phase).Select(rule => rule.Check(facts, clock.Today)).ToList();
        var next = PhaseOrder.Next(facts.Phase);
        return new ReadinessDto(facts.Phase, next, next is not null && checks.All(c => c.Met),
            checks.Select(RuleCheckDto.From).ToList());
    }
}
