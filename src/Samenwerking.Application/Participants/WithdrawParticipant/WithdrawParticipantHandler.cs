using Mediator;
using Samenwerking.Application.Collaborations.Shared;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Authorization;

namespace Samenwerking.Application.Participants.WithdrawParticipant;

public sealed class WithdrawParticipantHandler(IApplicationDbContext db, IClock clock, ICurrentActor actor) : ICommandHandler<WithdrawParticipantCommand, ParticipantChange>
{
    public async ValueTask<ParticipantChange> Handle(WithdrawParticipantCommand command, CancellationToken cancellationToken)
    {
        var (collaboration, change) = await db.LoadForMunicipalityChangeAsync(command.CollaborationId, command.MunicipalityCode, command.ExpectedVersion,
            actor, clock, cancellationToken);
        var participant = collaboration.Withdraw(command.MunicipalityCode, command.LeftOn, command.Reason.Trim(), change);
        await db.SaveChangesAsync(cancellationToken);
        var names = await db.NamesAsync(cancellationToken);
        return new ParticipantChange(participant.ToDto(names(participant.MunicipalityCode, participant.JoinedOn)), collaboration.Version);
    }
}
