using Mediator;
using Microsoft.EntityFrameworkCore;
using Samenwerking.Application.Common.Querying;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Paging;
using Samenwerking.Application.Municipalities;
using Samenwerking.Domain.Evaluations;

namespace Samenwerking.Application.DevelopmentActivities.ListMunicipalityDevelopmentActivities;

/// <summary>
/// One statement: the activities of the collaborations the municipality takes part in now (its active participations, by
/// the partial index on them), joined to their collaboration's name, with the list's total beside each row.
/// </summary>
public sealed class ListMunicipalityDevelopmentActivitiesHandler(IReadSideDbContext db)
    : IQueryHandler<ListMunicipalityDevelopmentActivitiesQuery, PagedResult<MunicipalityDevelopmentActivityDto>>
{
    public async ValueTask<PagedResult<MunicipalityDevelopmentActivityDto>> Handle(ListMunicipalityDevelopmentActivitiesQuery query,
        CancellationToken cancellationToken)
    {
        await db.EnsureMunicipalityExistsAsync(query.Code, cancellationToken);
        var collaborationIds = db.Participants.Where(p => p.MunicipalityCode == query.Code && p.LeftOn == null).Select(p => EF.Property<Guid>(p, ReadModelColumns.CollaborationId));
        var activities = db.DevelopmentActivities.Where(a => collaborationIds.Contains(a.CollaborationId));
        activities = query.Status is { } status
            ? activities.Where(a => a.Status == status)
            : activities.Where(a => a.Status != DevelopmentActivityStatus.Geannuleerd);
        if (query.From is { } from)
        {
            activities = activities.Where(a => a.HeldOn >= from);
        }

        return await activities
            .Join(db.Collaborations, a => a.CollaborationId, c => c.Id, (a, c) => new { Activity = a, c.Name })
            .OrderByDescending(x => x.Activity.HeldOn).ThenByDescending(x => x.Activity.Id)
            .Select(x => new MunicipalityDevelopmentActivityDto(x.Activity.Id, x.Activity.CollaborationId, x.Name, x.Activity.Kind, x.Activity.Title,
                x.Activity.HeldOn, x.Activity.Status, x.Activity.AttendeeCount, x.Activity.Attendance))
            .ToPageAsync(query.Page, query.PageSize, cancellationToken);
    }
}
