using Mediator;
using Microsoft.EntityFrameworkCore;
using Samenwerking.Application.Collaborations.Shared;
using Samenwerking.Application.Common.Abstractions;

namespace Samenwerking.Application.DevelopmentActivities.ListDevelopmentActivities;

public sealed class ListDevelopmentActivitiesHandler(IApplicationDbContext db)
    : IQueryHandler<ListDevelopmentActivitiesQuery, IReadOnlyList<DevelopmentActivityDto>>
{
    public async ValueTask<IReadOnlyList<DevelopmentActivityDto>> Handle(ListDevelopmentActivitiesQuery query, CancellationToken cancellationToken)
    {
        await db.EnsureCollaborationExistsAsync(query.CollaborationId, cancellationToken);
        return await db.DevelopmentActivities
            .Where(a => a.CollaborationId == query.CollaborationId)
            .OrderByDescending(a => a.HeldOn).ThenByDescending(a => a.RecordedAt)
            .ProjectToDto()
            .ToListAsync(cancellationToken);
    }
}
