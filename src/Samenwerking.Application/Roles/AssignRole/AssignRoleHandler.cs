using Mediator;
using Samenwerking.Application.Collaborations.Shared;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Authorization;
using Samenwerking.Application.Delegations;
using Samenwerking.Domain.Delegations;

namespace Samenwerking.Application.Roles.AssignRole;

public sealed class AssignRoleHandler(IApplicationDbContext db, IClock clock, ICurrentActor actor) : ICommandHandler<AssignRoleCommand, RoleAssigned>
{
    public async ValueTask<RoleAssigned> Handle(AssignRoleCommand command, CancellationToken cancellationToken)
    {
        var (collaboration, change) = await db.LoadForDelegableChangeAsync(command.CollaborationId, DelegatedChange.Roles, command.ExpectedVersion, versionRequired: false, actor, clock,
            cancellationToken);

        var role = collaboration.AssignRole(command.ToFacts(), change);
        if (command.Delegation is { } grant)
        {
            await db.GrantAsync(collaboration, grant, command.PersonName, command.Organisation, actor, clock, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new RoleAssigned(role.ToDto(), collaboration.Version);
    }
}
