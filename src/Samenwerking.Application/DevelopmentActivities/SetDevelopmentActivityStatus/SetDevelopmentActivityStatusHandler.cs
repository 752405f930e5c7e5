using Mediator;
using Microsoft.EntityFrameworkCore;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Authorization;
using Samenwerking.Application.Common.Exceptions;
using Samenwerking.Domain.Evaluations;
using Samenwerking.Domain.Delegations;

namespace Samenwerking.Application.DevelopmentActivities.SetDevelopmentActivityStatus;

public sealed class SetDevelopmentActivityStatusHandler(IApplicationDbContext db, IClock clock, ICurrentActor actor)
    : ICommandHandler<SetDevelopmentActivityStatusCommand, DevelopmentActivityChange>
{
    public async ValueTask<DevelopmentActivityChange> Handle(SetDevelopmentActivityStatusCommand command, CancellationToken cancellationToken)
    {
        var (collaboration, change) = await db.LoadForDelegableChangeAsync(command.CollaborationId, DelegatedChange.DevelopmentAndLearning, command.ExpectedVersion, versionRequired: false,
            actor, clock, cancellationToken);
        // The aggregate keeps no activities loaded (no rule reads earlier ones); the one to change is read beside it.
        var activity = await db.DevelopmentActivities.FirstOrDefaultAsync(
                           a => a.CollaborationId == command.CollaborationId && a.Id == command.ActivityId, cancellationToken)
                       ?? throw new NotFoundException("Development activity", command.ActivityId.ToString());
        if (command.Status == DevelopmentActivityStatus.Gehouden)
        {
            collaboration.HoldDevelopmentActivity(activity, command.HeldOn, command.AttendeeCount, command.Attendance, change);
        }
        else
        {
            collaboration.CancelDevelopmentActivity(activity, change);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new DevelopmentActivityChange(activity.ToDto(), collaboration.Version);
    }
}
