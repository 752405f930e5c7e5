using Mediator;
using Samenwerking.Application.Collaborations.Shared;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Authorization;
using Samenwerking.Domain.Delegations;

namespace Samenwerking.Application.Roles.RemoveRole;

public sealed class RemoveRoleHandler(IApplicationDbContext db, IClock clock, ICurrentActor actor) : ICommandHandler<RemoveRoleCommand, uint>
{
    public async ValueTask<uint> Handle(RemoveRoleCommand command, CancellationToken cancellationToken)
    {
        var (collaboration, change) = await db.LoadForDelegableChangeAsync(command.CollaborationId, DelegatedChange.Roles, command.ExpectedVersion, versionRequired: false, actor, clock,
            cancellationToken);
        collaboration.RemoveRole(command.RoleId, change);
        await db.SaveChangesAsync(cancellationToken);
        return collaboration.Version;
    }
}
