using Mediator;
using Samenwerking.Application.Collaborations.Common;
using Samenwerking.Application.Common.Abstractions;

namespace Samenwerking.Application.Roles.AssignRole;

public sealed class AssignRoleHandler(IApplicationDbContext db, IClock clock, ICurrentActor actor) : ICommandHandler<AssignRoleCommand, RoleAssigned>
{
    public async ValueTask<RoleAssigned> Handle(AssignRoleCommand command, CancellationToken cancellationToken)
    {
        var collaboration = await db.LoadForChangeAsync(command.CollaborationId, command.ExpectedVersion, versionRequired: false, cancellationToken);

        var role = collaboration.AssignRole(command.ToFacts(), clock.ChangeBy(actor));
        await db.SaveChangesAsync(cancellationToken);
        return new RoleAssigned(role.ToDto(), collaboration.Version);
    }
}
