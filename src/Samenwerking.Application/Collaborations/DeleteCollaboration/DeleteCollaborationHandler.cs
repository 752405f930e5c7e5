using Mediator;
using Samenwerking.Application.Collaborations.Common;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Authorization;

namespace Samenwerking.Application.Collaborations.DeleteCollaboration;

public sealed class DeleteCollaborationHandler(IApplicationDbContext db, IClock clock, ICurrentActor actor) : ICommandHandler<DeleteCollaborationCommand>
{
    public async ValueTask<Unit> Handle(DeleteCollaborationCommand command, CancellationToken cancellationToken)
    {
        // Who deleted it is not recorded (the history goes with it), but only a participant may.
        var (collaboration, _) = await db.LoadForParticipantChangeAsync(command.Id, command.ExpectedVersion, versionRequired: true, actor, clock,
            cancellationToken);
        collaboration.EnsureDeletable();
        db.Collaborations.Remove(collaboration);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
