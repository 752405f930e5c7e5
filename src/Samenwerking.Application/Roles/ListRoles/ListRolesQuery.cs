using Mediator;

namespace Samenwerking.Application.Roles.ListRoles;

/// <summary>The roles filled in a collaboration, in order of assignment.</summary>
public sealed record ListRolesQuery(Guid CollaborationId) : IQuery<IReadOnlyList<RoleDto>>;
