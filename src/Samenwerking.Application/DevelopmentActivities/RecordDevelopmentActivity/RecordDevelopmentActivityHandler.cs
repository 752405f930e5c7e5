using Mediator;
using Samenwerking.Application.Collaborations.Common;
using Samenwerking.Application.Common.Abstractions;

namespace Samenwerking.Application.DevelopmentActivities.RecordDevelopmentActivity;

public sealed class RecordDevelopmentActivityHandler(IApplicationDbContext db, IClock clock, ICurrentActor actor)
    : ICommandHandler<RecordDevelopmentActivityCommand, DevelopmentActivityChange>
{
    public async ValueTask<DevelopmentActivityChange> Handle(RecordDevelopmentActivityCommand command, CancellationToken cancellationToken)
    {
        var collaboration = await db.LoadForChangeAsync(command.CollaborationId, command.ExpectedVersion, versionRequired: false, cancellationToken);

        var activity = collaboration.RecordDevelopmentActivity(command.ToFacts(), clock.ChangeBy(actor));
        await db.SaveChangesAsync(cancellationToken);
        return new DevelopmentActivityChange(activity.ToDto(), collaboration.Version);
    }
}
