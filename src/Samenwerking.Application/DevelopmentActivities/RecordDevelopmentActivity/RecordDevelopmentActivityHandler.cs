using Mediator;
using Samenwerking.Application.Collaborations.Shared;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Authorization;
using Samenwerking.Domain.Delegations;

namespace Samenwerking.Application.DevelopmentActivities.RecordDevelopmentActivity;

public sealed class RecordDevelopmentActivityHandler(IApplicationDbContext db, IClock clock, ICurrentActor actor)
    : ICommandHandler<RecordDevelopmentActivityCommand, DevelopmentActivityChange>
{
    public async ValueTask<DevelopmentActivityChange> Handle(RecordDevelopmentActivityCommand command, CancellationToken cancellationToken)
    {
        var (collaboration, change) = await db.LoadForDelegableChangeAsync(command.CollaborationId, DelegatedChange.DevelopmentAndLearning, command.ExpectedVersion, versionRequired: false, actor, clock,
            cancellationToken);

        var activity = collaboration.RecordDevelopmentActivity(command.ToFacts(), change);
        await db.SaveChangesAsync(cancellationToken);
        return new DevelopmentActivityChange(activity.ToDto(), collaboration.Version);
    }
}
