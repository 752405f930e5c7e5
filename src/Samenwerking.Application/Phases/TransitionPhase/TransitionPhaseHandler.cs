using Mediator;
using Samenwerking.Application.Collaborations.Common;
using Samenwerking.Application.Common.Abstractions;

namespace Samenwerking.Application.Phases.TransitionPhase;

public sealed class TransitionPhaseHandler(IApplicationDbContext db, IClock clock, ICurrentActor actor)
    : ICommandHandler<TransitionPhaseCommand, PhaseTransitionResult>
{
    public async ValueTask<PhaseTransitionResult> Handle(TransitionPhaseCommand command, CancellationToken cancellationToken)
    {
        var collaboration = await db.LoadForChangeAsync(command.CollaborationId, command.ExpectedVersion, versionRequired: true, cancellationToken);
        var change = clock.ChangeBy(actor);

        var transition = collaboration.TransitionTo(command.To, command.EffectiveOn ?? change.Today, command.Rationale.Trim(), change);
        await db.SaveChangesAsync(cancellationToken);
        return new PhaseTransitionResult(transition.ToDto(), collaboration.Version);
    }
}
