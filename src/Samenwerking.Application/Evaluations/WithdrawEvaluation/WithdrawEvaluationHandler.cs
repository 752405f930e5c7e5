using Mediator;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Authorization;
using Samenwerking.Domain.Delegations;

namespace Samenwerking.Application.Evaluations.WithdrawEvaluation;

public sealed class WithdrawEvaluationHandler(IApplicationDbContext db, IClock clock, ICurrentActor actor) : ICommandHandler<WithdrawEvaluationCommand, uint>
{
    public async ValueTask<uint> Handle(WithdrawEvaluationCommand command, CancellationToken cancellationToken)
    {
        var (collaboration, change) = await db.LoadForDelegableChangeAsync(command.CollaborationId, DelegatedChange.Evaluations, command.ExpectedVersion, versionRequired: true,
            actor, clock, cancellationToken);
        var (evaluation, framework, latestOther) = await db.LoadEvaluationForChangeAsync(command.CollaborationId, command.EvaluationId, cancellationToken);
        collaboration.WithdrawEvaluation(evaluation, framework, latestOther, command.Reason.Trim(), change);
        await db.SaveChangesAsync(cancellationToken);
        return collaboration.Version;
    }
}
