using Mediator;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Authorization;

namespace Samenwerking.Application.Phases.WithdrawOperatingSince;

public sealed class WithdrawOperatingSinceHandler(IApplicationDbContext db, IClock clock, ICurrentActor actor)
    : ICommandHandler<WithdrawOperatingSinceCommand, uint>
{
    public async ValueTask<uint> Handle(WithdrawOperatingSinceCommand command, CancellationToken cancellationToken)
    {
        var (collaboration, change) = await db.LoadForParticipantChangeAsync(command.CollaborationId, command.ExpectedVersion, versionRequired: true, actor, clock,
            cancellationToken);
        collaboration.WithdrawOperatingSince(command.Reason.Trim(), change);
        await db.SaveChangesAsync(cancellationToken);
        return collaboration.Version;
    }
}
