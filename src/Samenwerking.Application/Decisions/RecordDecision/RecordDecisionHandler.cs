using Mediator;
using Samenwerking.Application.Collaborations.Common;
using Samenwerking.Application.Common.Abstractions;

namespace Samenwerking.Application.Decisions.RecordDecision;

public sealed class RecordDecisionHandler(IApplicationDbContext db, IClock clock, ICurrentActor actor)
    : ICommandHandler<RecordDecisionCommand, DecisionRecorded>
{
    public async ValueTask<DecisionRecorded> Handle(RecordDecisionCommand command, CancellationToken cancellationToken)
    {
        var collaboration = await db.LoadForChangeAsync(command.CollaborationId, command.ExpectedVersion, versionRequired: false, cancellationToken);

        var decision = collaboration.RecordDecision(command.ToFacts(), clock.ChangeBy(actor));
        await db.SaveChangesAsync(cancellationToken);
        return new DecisionRecorded(decision.ToDto(), collaboration.Version);
    }
}
