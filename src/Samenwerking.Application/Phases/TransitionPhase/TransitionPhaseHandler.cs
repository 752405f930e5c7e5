using Mediator;
using Samenwerking.Application.Collaborations.Shared;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Authorization;

namespace Samenwerking.Application.Phases.TransitionPhase;

public sealed class TransitionPhaseHandler(IApplicationDbContext db, IClock clock, ICurrentActor actor)
    : ICommandHandler<TransitionPhaseCommand, PhaseTransitionResult>
{
    public async ValueTask<PhaseTransitionResult> Handle(TransitionPhaseCommand command, CancellationToken cancellationToken)
    {
        var (collaboration, change) = await db.LoadForParticipantChangeAsync(command.CollaborationId, command.ExpectedVersion, versionRequired: true, actor, clock,
            cancellationToken);

        var transition = collaboration.TransitionTo(command.To, command.EffectiveOn ?? change.Today, command.Rationale.Trim(), change);
        await db.SaveChangesAsync(cancellationToken);
        return new PhaseTransitionResult(transition.ToDto(), collaboration.Version);
    }
}
