using Mediator;
using Samenwerking.Application.Collaborations.Common;
using Samenwerking.Application.Common.Abstractions;

namespace Samenwerking.Application.Participants.WithdrawParticipant;

public sealed class WithdrawParticipantHandler(IApplicationDbContext db, IClock clock, ICurrentActor actor) : ICommandHandler<WithdrawParticipantCommand, ParticipantChange>
{
    public async ValueTask<ParticipantChange> Handle(WithdrawParticipantCommand command, CancellationToken cancellationToken)
    {
        var collaboration = await db.LoadForChangeAsync(command.CollaborationId, command.ExpectedVersion, versionRequired: false, cancellationToken);
        collaboration.EnsureParticipated(command.MunicipalityCode);

        var participant = collaboration.Withdraw(command.MunicipalityCode, command.LeftOn, command.Reason.Trim(), clock.ChangeBy(actor));
        await db.SaveChangesAsync(cancellationToken);
        var names = await db.NamesAsync([participant.MunicipalityCode], cancellationToken);
        return new ParticipantChange(participant.ToDto(names(participant.MunicipalityCode, participant.JoinedOn)), collaboration.Version);
    }
}
