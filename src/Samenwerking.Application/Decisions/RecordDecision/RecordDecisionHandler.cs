using Mediator;
using Samenwerking.Application.Collaborations.Shared;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Authorization;

namespace Samenwerking.Application.Decisions.RecordDecision;

public sealed class RecordDecisionHandler(IApplicationDbContext db, IClock clock, ICurrentActor actor)
    : ICommandHandler<RecordDecisionCommand, DecisionRecorded>
{
    public async ValueTask<DecisionRecorded> Handle(RecordDecisionCommand command, CancellationToken cancellationToken)
    {
        var (collaboration, change) = await db.LoadForMunicipalityChangeAsync(command.CollaborationId, command.MunicipalityCode, command.ExpectedVersion,
            actor, clock, cancellationToken);

        var decision = collaboration.RecordDecision(command.ToFacts(), change);
        await db.SaveChangesAsync(cancellationToken);
        return new DecisionRecorded(decision.ToDto(), collaboration.Version);
    }
}
