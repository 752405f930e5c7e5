using Mediator;
using Samenwerking.Application.Collaborations.Common;
using Samenwerking.Application.Common.Abstractions;

namespace Samenwerking.Application.Participants.AddParticipant;

public sealed class AddParticipantHandler(IApplicationDbContext db, IClock clock, ICurrentActor actor) : ICommandHandler<AddParticipantCommand, ParticipantChange>
{
    public async ValueTask<ParticipantChange> Handle(AddParticipantCommand command, CancellationToken cancellationToken)
    {
        var collaboration = await db.LoadForChangeAsync(command.CollaborationId, command.ExpectedVersion, versionRequired: false, cancellationToken);
        var joining = (await db.ResolveAsync([command], clock.Today, fieldPrefix: "", cancellationToken)).Single();

        var participant = collaboration.Join(joining, clock.ChangeBy(actor));
        await db.SaveChangesAsync(cancellationToken);
        return new ParticipantChange(participant.ToDto(joining.Municipality.Name), collaboration.Version);
    }
}
