using Mediator;
using Samenwerking.Application.Collaborations.Shared;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Authorization;

namespace Samenwerking.Application.Participants.AddParticipant;

public sealed class AddParticipantHandler(IApplicationDbContext db, IClock clock, ICurrentActor actor) : ICommandHandler<AddParticipantCommand, ParticipantChange>
{
    public async ValueTask<ParticipantChange> Handle(AddParticipantCommand command, CancellationToken cancellationToken)
    {
        var (collaboration, change) = await db.LoadForParticipantChangeAsync(command.CollaborationId, command.ExpectedVersion, versionRequired: false, actor, clock,
            cancellationToken);
        var joining = (await db.ResolveAsync([command], clock.Today, fieldPrefix: "", cancellationToken)).Single();

        var participant = collaboration.Join(joining, change);
        await db.SaveChangesAsync(cancellationToken);
        return new ParticipantChange(participant.ToDto(joining.Municipality.Name), collaboration.Version);
    }
}
