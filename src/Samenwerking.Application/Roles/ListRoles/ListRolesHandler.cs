using Mediator;
using Microsoft.EntityFrameworkCore;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Exceptions;

namespace Samenwerking.Application.Roles.ListRoles;

public sealed class ListRolesHandler(IApplicationDbContext db) : IQueryHandler<ListRolesQuery, IReadOnlyList<RoleDto>>
{
    public async ValueTask<IReadOnlyList<RoleDto>> Handle(ListRolesQuery query, CancellationToken cancellationToken) =>
        await db.Collaborations.AsNoTracking()
            .Where(c => c.Id == query.CollaborationId)
            .Select(c => c.Roles.OrderBy(r => r.AssignedAt)
                .Select(r => new RoleDto(r.Id, r.Kind, r.PersonName, r.Organisation, r.Email, r.WorkingGroup, r.AssignedInPhase, r.AssignedAt))
                .ToList())
            .FirstOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("Collaboration", query.CollaborationId.ToString());
}
