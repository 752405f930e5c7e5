using Mediator;
using Samenwerking.Application.Collaborations.Shared;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Authorization;

namespace Samenwerking.Application.Collaborations.DeleteCollaboration;

public sealed class DeleteCollaborationHandler(IApplicationDbContext db, IClock clock, ICurrentActor actor) : ICommandHandler<DeleteCollaborationCommand>
{
    public async ValueTask<Unit> Handle(DeleteCollaborationCommand command, CancellationToken cancellationToken)
    {
        // Only a participant (or an administrator) may; the history goes with it, the change feed keeps who did it.
        var (collaboration, change) = await db.LoadForParticipantChangeAsync(command.Id, command.ExpectedVersion, versionRequired: true, actor, clock,
            cancellationToken);
        collaboration.Delete(change);
        db.Collaborations.Remove(collaboration);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
