using Mediator;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Authorization;
using Samenwerking.Application.Roles.AssignRole;
using Samenwerking.Domain.Delegations;

namespace Samenwerking.Application.Roles.CorrectRole;

public sealed class CorrectRoleHandler(IApplicationDbContext db, IClock clock, ICurrentActor actor) : ICommandHandler<CorrectRoleCommand, RoleAssigned>
{
    public async ValueTask<RoleAssigned> Handle(CorrectRoleCommand command, CancellationToken cancellationToken)
    {
        var (collaboration, change) = await db.LoadForDelegableChangeAsync(command.CollaborationId, DelegatedChange.Roles, command.ExpectedVersion, versionRequired: true, actor, clock,
            cancellationToken);
        var role = collaboration.CorrectRole(command.RoleId, command.ToFacts(), command.Reason, change);
        await db.SaveChangesAsync(cancellationToken);
        return new RoleAssigned(role.ToDto(), collaboration.Version);
    }
}
