using Mediator;
using Samenwerking.Application.Collaborations.Common;
using Samenwerking.Application.Common.Abstractions;

namespace Samenwerking.Application.Participants.RemoveParticipant;

public sealed class RemoveParticipantHandler(IApplicationDbContext db, IClock clock, ICurrentActor actor) : ICommandHandler<RemoveParticipantCommand, uint>
{
    public async ValueTask<uint> Handle(RemoveParticipantCommand command, CancellationToken cancellationToken)
    {
        var collaboration = await db.LoadForChangeAsync(command.CollaborationId, command.ExpectedVersion, versionRequired: false, cancellationToken);
        collaboration.EnsureActiveParticipant(command.MunicipalityCode);

        collaboration.Remove(command.MunicipalityCode, clock.ChangeBy(actor));
        await db.SaveChangesAsync(cancellationToken);
        return collaboration.Version;
    }
}
