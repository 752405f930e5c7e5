using Mediator;
using Samenwerking.Application.Collaborations.Common;
using Samenwerking.Application.Common.Abstractions;

namespace Samenwerking.Application.Phases.ListPhaseTransitions;

public sealed class ListPhaseTransitionsHandler(IApplicationDbContext db) : IQueryHandler<ListPhaseTransitionsQuery, IReadOnlyList<PhaseTransitionDto>>
{
    public async ValueTask<IReadOnlyList<PhaseTransitionDto>> Handle(ListPhaseTransitionsQuery query, CancellationToken cancellationToken) =>
        (await db.LoadCollaborationAsync(query.CollaborationId, cancellationToken)).Transitions
            .OrderBy(t => t.To).Select(t => t.ToDto()).ToList();
}
