using Mediator;
using Samenwerking.Application.Collaborations.Shared;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Concurrency;

namespace Samenwerking.Application.Delegations.GrantDelegation;

public sealed class GrantDelegationHandler(IApplicationDbContext db, IClock clock, ICurrentActor actor)
    : ICommandHandler<GrantDelegationCommand, Versioned<DelegationDto>>
{
    public async ValueTask<Versioned<DelegationDto>> Handle(GrantDelegationCommand command, CancellationToken cancellationToken)
    {
        var collaboration = await db.LoadCollaborationAsync(command.CollaborationId, cancellationToken);
        var delegation = await db.GrantAsync(collaboration, command, command.DelegateName, command.Organisation, actor, clock, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new Versioned<DelegationDto>(delegation.ToDto(clock.Today, grantorTakesPart: true), delegation.Version);
    }
}
