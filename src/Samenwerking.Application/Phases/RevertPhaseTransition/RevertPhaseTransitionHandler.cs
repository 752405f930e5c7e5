using Mediator;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Authorization;

namespace Samenwerking.Application.Phases.RevertPhaseTransition;

public sealed class RevertPhaseTransitionHandler(IApplicationDbContext db, IClock clock, ICurrentActor actor)
    : ICommandHandler<RevertPhaseTransitionCommand, uint>
{
    public async ValueTask<uint> Handle(RevertPhaseTransitionCommand command, CancellationToken cancellationToken)
    {
        var (collaboration, change) = await db.LoadForParticipantChangeAsync(command.CollaborationId, command.ExpectedVersion, versionRequired: true, actor, clock,
            cancellationToken);
        collaboration.RevertTransition(command.TransitionId, command.Reason.Trim(), change);
        await db.SaveChangesAsync(cancellationToken);
        return collaboration.Version;
    }
}
