using Mediator;
using Samenwerking.Application.Collaborations.Common;
using Samenwerking.Application.Common.Abstractions;

namespace Samenwerking.Application.Collaborations.DeleteCollaboration;

public sealed class DeleteCollaborationHandler(IApplicationDbContext db, IClock clock, ICurrentActor actor)
    : ICommandHandler<DeleteCollaborationCommand>
{
    public async ValueTask<Unit> Handle(DeleteCollaborationCommand command, CancellationToken cancellationToken)
    {
        var collaboration = await db.LoadForChangeAsync(command.Id, command.ExpectedVersion, versionRequired: true, cancellationToken);
        collaboration.Delete(clock.ChangeBy(actor));
        db.Collaborations.Remove(collaboration);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
