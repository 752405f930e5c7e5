using Microsoft.EntityFrameworkCore;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Exceptions;
using Samenwerking.Domain.Evaluations;

namespace Samenwerking.Application.DevelopmentActivities;

/// <summary>The activity a change is about, read (tracked) beside the aggregate, which keeps no activities loaded.</summary>
internal static class DevelopmentActivityCorrections
{
    public static async Task<DevelopmentActivity> LoadActivityForChangeAsync(this IApplicationDbContext db, Guid collaborationId, Guid activityId,
        CancellationToken cancellationToken) =>
        await db.DevelopmentActivities.FirstOrDefaultAsync(a => a.CollaborationId == collaborationId && a.Id == activityId, cancellationToken)
        ?? throw new NotFoundException("Development activity", activityId.ToString());
}
