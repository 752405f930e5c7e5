using Mediator;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Authorization;
using Samenwerking.Domain.Delegations;

namespace Samenwerking.Application.DevelopmentActivities.CorrectDevelopmentActivity;

public sealed class CorrectDevelopmentActivityHandler(IApplicationDbContext db, IClock clock, ICurrentActor actor)
    : ICommandHandler<CorrectDevelopmentActivityCommand, DevelopmentActivityChange>
{
    public async ValueTask<DevelopmentActivityChange> Handle(CorrectDevelopmentActivityCommand command, CancellationToken cancellationToken)
    {
        var (collaboration, change) = await db.LoadForDelegableChangeAsync(command.CollaborationId, DelegatedChange.DevelopmentAndLearning, command.ExpectedVersion, versionRequired: true,
            actor, clock, cancellationToken);
        var activity = await db.LoadActivityForChangeAsync(command.CollaborationId, command.ActivityId, cancellationToken);

        collaboration.CorrectDevelopmentActivity(activity, command.ToFacts(), command.Reason, change);
        await db.SaveChangesAsync(cancellationToken);
        return new DevelopmentActivityChange(activity.ToDto(), collaboration.Version);
    }
}
