using Mediator;
using Samenwerking.Application.Collaborations.Common;
using Samenwerking.Application.Common.Abstractions;

namespace Samenwerking.Application.Phases.GetPhases;

public sealed class GetPhasesHandler(IApplicationDbContext db) : IQueryHandler<GetPhasesQuery, IReadOnlyList<PhasePeriodDto>>
{
    public async ValueTask<IReadOnlyList<PhasePeriodDto>> Handle(GetPhasesQuery query, CancellationToken cancellationToken) =>
        (await db.LoadCollaborationAsync(query.CollaborationId, cancellationToken)).PhaseTimeline()
            .Select(p => new PhasePeriodDto(p.Phase, p.Status, p.StartedOn, p.EndedOn)).ToList();
}
