using Mediator;
using Microsoft.EntityFrameworkCore;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Exceptions;
using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Phases;

namespace Samenwerking.Application.Phases.GetPhases;

public sealed class GetPhasesHandler(IApplicationDbContext db) : IQueryHandler<GetPhasesQuery, IReadOnlyList<PhasePeriodDto>>
{
    public async ValueTask<IReadOnlyList<PhasePeriodDto>> Handle(GetPhasesQuery query, CancellationToken cancellationToken)
    {
        var facts = await db.Collaborations.AsNoTracking()
                        .Where(c => c.Id == query.CollaborationId)
                        .Select(c => new
                        {
                            c.Phase,
                            c.RegisteredInPhase,
                            c.FirstRecordedPhaseStartedOn,
                            Steps = c.Transitions.Select(t => new PhaseStep(t.From, t.To, t.EffectiveOn)).ToList(),
                        })
                        .FirstOrDefaultAsync(cancellationToken)
                    ?? throw new NotFoundException("Collaboration", query.CollaborationId.ToString());

        // The domain draws the timeline from the stored facts, exactly as it does for the aggregate.
        return Collaboration.PhaseTimelineOf(facts.Phase, facts.RegisteredInPhase, facts.FirstRecordedPhaseStartedOn, facts.Steps)
            .Select(p => new PhasePeriodDto(p.Phase, p.Status, p.StartedOn, p.EndedOn)).ToList();
    }
}
