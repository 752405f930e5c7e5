using Mediator;
using Microsoft.EntityFrameworkCore;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Exceptions;

namespace Samenwerking.Application.Phases.ListPhaseTransitions;

public sealed class ListPhaseTransitionsHandler(IApplicationDbContext db) : IQueryHandler<ListPhaseTransitionsQuery, IReadOnlyList<PhaseTransitionDto>>
{
    public async ValueTask<IReadOnlyList<PhaseTransitionDto>> Handle(ListPhaseTransitionsQuery query, CancellationToken cancellationToken) =>
        await db.Collaborations.AsNoTracking()
            .Where(c => c.Id == query.CollaborationId)
            // Phases are stored by name, so SQL orders by when they were recorded: transitions only move forward.
            .Select(c => c.Transitions.OrderBy(t => t.RecordedAt).ThenBy(t => t.Id)
                .Select(t => new PhaseTransitionDto(t.Id, t.From, t.To, t.EffectiveOn, t.Rationale, t.RecordedByName, t.RecordedBySubject, t.RecordedAt))
                .ToList())
            .FirstOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("Collaboration", query.CollaborationId.ToString());
}
