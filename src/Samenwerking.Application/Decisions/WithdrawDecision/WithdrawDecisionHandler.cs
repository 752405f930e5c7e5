using Mediator;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Authorization;

namespace Samenwerking.Application.Decisions.WithdrawDecision;

public sealed class WithdrawDecisionHandler(IApplicationDbContext db, IClock clock, ICurrentActor actor) : ICommandHandler<WithdrawDecisionCommand, uint>
{
    public async ValueTask<uint> Handle(WithdrawDecisionCommand command, CancellationToken cancellationToken)
    {
        var (collaboration, change) = await db.LoadForDecisionChangeAsync(command.CollaborationId, command.DecisionId, command.ExpectedVersion,
            actor, clock, cancellationToken);
        collaboration.WithdrawDecision(command.DecisionId, command.Reason.Trim(), change);
        await db.SaveChangesAsync(cancellationToken);
        return collaboration.Version;
    }
}
