using Mediator;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Authorization;
using Samenwerking.Domain.Delegations;

namespace Samenwerking.Application.DevelopmentActivities.WithdrawDevelopmentActivity;

public sealed class WithdrawDevelopmentActivityHandler(IApplicationDbContext db, IClock clock, ICurrentActor actor)
    : ICommandHandler<WithdrawDevelopmentActivityCommand, uint>
{
    public async ValueTask<uint> Handle(WithdrawDevelopmentActivityCommand command, CancellationToken cancellationToken)
    {
        var (collaboration, change) = await db.LoadForDelegableChangeAsync(command.CollaborationId, DelegatedChange.DevelopmentAndLearning, command.ExpectedVersion, versionRequired: true,
            actor, clock, cancellationToken);
        var activity = await db.LoadActivityForChangeAsync(command.CollaborationId, command.ActivityId, cancellationToken);
        collaboration.WithdrawDevelopmentActivity(activity, command.Reason.Trim(), change);
        await db.SaveChangesAsync(cancellationToken);
        return collaboration.Version;
    }
}
