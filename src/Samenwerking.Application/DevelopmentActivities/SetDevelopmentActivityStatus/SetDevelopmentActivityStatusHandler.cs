using Mediator;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Authorization;
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
        var activity = await db.LoadActivityForChangeAsync(command.CollaborationId, command.ActivityId, cancellationToken);
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
