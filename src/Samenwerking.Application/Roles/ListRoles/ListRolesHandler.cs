using Mediator;
using Samenwerking.Application.Collaborations.Common;
using Samenwerking.Application.Common.Abstractions;

namespace Samenwerking.Application.Roles.ListRoles;

public sealed class ListRolesHandler(IApplicationDbContext db) : IQueryHandler<ListRolesQuery, IReadOnlyList<RoleDto>>
{
    public async ValueTask<IReadOnlyList<RoleDto>> Handle(ListRolesQuery query, CancellationToken cancellationToken) =>
        (await db.LoadCollaborationAsync(query.CollaborationId, cancellationToken)).Roles
            .OrderBy(r => r.AssignedAt).Select(r => r.ToDto()).ToList();
}
