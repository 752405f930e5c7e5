using Mediator;
using Samenwerking.Application.Collaborations.Shared;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Authorization;

namespace Samenwerking.Application.Participants.RemoveParticipant;

public sealed class RemoveParticipantHandler(IApplicationDbContext db, IClock clock, ICurrentActor actor) : ICommandHandler<RemoveParticipantCommand, uint>
{
    public async ValueTask<uint> Handle(RemoveParticipantCommand command, CancellationToken cancellationToken)
    {
        var (collaboration, change) = await db.LoadForParticipantChangeAsync(command.CollaborationId, command.ExpectedVersion, versionRequired: false, actor, clock,
            cancellationToken);
        collaboration.Remove(command.MunicipalityCode, change);
        await db.SaveChangesAsync(cancellationToken);
        return collaboration.Version;
    }
}
