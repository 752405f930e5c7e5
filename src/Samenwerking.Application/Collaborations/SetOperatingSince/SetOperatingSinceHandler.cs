using Mediator;
using Samenwerking.Application.Collaborations.Common;
using Samenwerking.Application.Common.Abstractions;

namespace Samenwerking.Application.Collaborations.SetOperatingSince;

public sealed class SetOperatingSinceHandler(IApplicationDbContext db, IClock clock, ICurrentActor actor)
    : ICommandHandler<SetOperatingSinceCommand, CollaborationDto>
{
    public async ValueTask<CollaborationDto> Handle(SetOperatingSinceCommand command, CancellationToken cancellationToken)
    {
        var collaboration = await db.LoadForChangeAsync(command.CollaborationId, command.ExpectedVersion, versionRequired: true, cancellationToken);

        collaboration.SetOperatingSince(command.OperatingSince, clock.ChangeBy(actor));
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(collaboration, cancellationToken);
    }
}
