using Mediator;
using Samenwerking.Application.Collaborations.Shared;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Authorization;
using Samenwerking.Application.Common.Concurrency;

namespace Samenwerking.Application.Collaborations.Dissolve;

public sealed class DissolveCollaborationHandler(IApplicationDbContext db, IClock clock, ICurrentActor actor)
    : ICommandHandler<DissolveCollaborationCommand, Versioned<CollaborationDto>>
{
    public async ValueTask<Versioned<CollaborationDto>> Handle(DissolveCollaborationCommand command, CancellationToken cancellationToken)
    {
        var (collaboration, change) = await db.LoadForParticipantChangeAsync(command.CollaborationId, command.ExpectedVersion, versionRequired: true, actor, clock,
            cancellationToken);
        collaboration.Dissolve(command.EndedOn, command.Reason, change);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToVersionedDtoAsync(collaboration, cancellationToken);
    }
}
