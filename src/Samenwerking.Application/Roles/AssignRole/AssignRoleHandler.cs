using Mediator;
using Samenwerking.Application.Collaborations.Shared;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Authorization;

namespace Samenwerking.Application.Roles.AssignRole;

public sealed class AssignRoleHandler(IApplicationDbContext db, IClock clock, ICurrentActor actor) : ICommandHandler<AssignRoleCommand, RoleAssigned>
{
    public async ValueTask<RoleAssigned> Handle(AssignRoleCommand command, CancellationToken cancellationToken)
    {
        var (collaboration, change) = await db.LoadForParticipantChangeAsync(command.CollaborationId, command.ExpectedVersion, versionRequired: false, actor, clock,
            cancellationToken);

        var role = collaboration.AssignRole(command.ToFacts(), change);
        await db.SaveChangesAsync(cancellationToken);
        return new RoleAssigned(role.ToDto(), collaboration.Version);
    }
}
