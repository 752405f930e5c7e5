using Mediator;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Authorization;

namespace Samenwerking.Application.Collaborations.WithdrawDissolution;

public sealed class WithdrawDissolutionHandler(IApplicationDbContext db, IClock clock, ICurrentActor actor) : ICommandHandler<WithdrawDissolutionCommand, uint>
{
    public async ValueTask<uint> Handle(WithdrawDissolutionCommand command, CancellationToken cancellationToken)
    {
        var (collaboration, change) = await db.LoadForParticipantChangeAsync(command.CollaborationId, command.ExpectedVersion, versionRequired: true, actor, clock,
            cancellationToken);
        collaboration.WithdrawDissolution(command.Reason.Trim(), change);
        await db.SaveChangesAsync(cancellationToken);
        return collaboration.Version;
    }
}
