using Mediator;
using Samenwerking.Application.Common.Concurrency;
using Samenwerking.Application.Collaborations.Shared;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Authorization;

namespace Samenwerking.Application.Phases.SetOperatingSince;

public sealed class SetOperatingSinceHandler(IApplicationDbContext db, IClock clock, ICurrentActor actor)
    : ICommandHandler<SetOperatingSinceCommand, Versioned<CollaborationDto>>
{
    public async ValueTask<Versioned<CollaborationDto>> Handle(SetOperatingSinceCommand command, CancellationToken cancellationToken)
    {
        var (collaboration, change) = await db.LoadForParticipantChangeAsync(command.CollaborationId, command.ExpectedVersion, versionRequired: true, actor, clock,
            cancellationToken);

        collaboration.SetOperatingSince(command.OperatingSince, change, command.Reason);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToVersionedDtoAsync(collaboration, cancellationToken);
    }
}
