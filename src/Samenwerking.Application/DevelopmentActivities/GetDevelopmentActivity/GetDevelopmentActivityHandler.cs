using Mediator;
using Microsoft.EntityFrameworkCore;
using Samenwerking.Application.Collaborations.Shared;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Exceptions;

namespace Samenwerking.Application.DevelopmentActivities.GetDevelopmentActivity;

public sealed class GetDevelopmentActivityHandler(IApplicationDbContext db) : IQueryHandler<GetDevelopmentActivityQuery, DevelopmentActivityDto>
{
    public async ValueTask<DevelopmentActivityDto> Handle(GetDevelopmentActivityQuery query, CancellationToken cancellationToken)
    {
        await db.EnsureCollaborationExistsAsync(query.CollaborationId, cancellationToken);
        return await db.DevelopmentActivities
                   .Where(a => a.CollaborationId == query.CollaborationId && a.Id == query.ActivityId)
                   .ProjectToDto()
                   .FirstOrDefaultAsync(cancellationToken)
               ?? throw new NotFoundException("Development activity", query.ActivityId.ToString());
    }
}
