using Mediator;
using Microsoft.EntityFrameworkCore;
using Samenwerking.Application.Collaborations.Shared;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Authorization;
using Samenwerking.Application.Common.Exceptions;
using Samenwerking.Domain.Authorization;

namespace Samenwerking.Application.Delegations.WithdrawDelegation;

/// <summary>Any active participant withdraws, not only the one that granted it: each answers for who acts in the collaboration.</summary>
public sealed class WithdrawDelegationHandler(IApplicationDbContext db, IClock clock, ICurrentActor actor) : ICommandHandler<WithdrawDelegationCommand, uint>
{
    public async ValueTask<uint> Handle(WithdrawDelegationCommand command, CancellationToken cancellationToken)
    {
        var collaboration = await db.LoadCollaborationAsync(command.CollaborationId, cancellationToken);
        var capacity = Permissions.ToChange(collaboration, actor.AsActingUser());
        var delegation = await db.Delegations.FirstOrDefaultAsync(d => d.Id == command.DelegationId && d.CollaborationId == command.CollaborationId,
                             cancellationToken)
                         ?? throw new NotFoundException("Delegation", command.DelegationId.ToString());
        delegation.EnsureVersion(command.ExpectedVersion);
        delegation.Withdraw(collaboration, command.Reason.Trim(), await db.ChangeInCapacityAsync(capacity, actor, clock, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        return delegation.Version;
    }
}
