using Mediator;
using Samenwerking.Application.Collaborations.Shared;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Authorization;
using Samenwerking.Application.Decisions.RecordDecision;

namespace Samenwerking.Application.Decisions.CorrectDecision;

public sealed class CorrectDecisionHandler(IApplicationDbContext db, IClock clock, ICurrentActor actor)
    : ICommandHandler<CorrectDecisionCommand, DecisionRecorded>
{
    public async ValueTask<DecisionRecorded> Handle(CorrectDecisionCommand command, CancellationToken cancellationToken)
    {
        var (collaboration, change) = await db.LoadForDecisionChangeAsync(command.CollaborationId, command.DecisionId, command.ExpectedVersion,
            actor, clock, cancellationToken);
        var municipalityCode = collaboration.Decisions.Single(d => d.Id == command.DecisionId).MunicipalityCode;

        var decision = collaboration.CorrectDecision(command.DecisionId, command.ToFacts(municipalityCode), command.Reason, change);
        await db.SaveChangesAsync(cancellationToken);
        return new DecisionRecorded(decision.ToDto(), collaboration.Version);
    }
}
