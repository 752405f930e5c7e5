using Riok.Mapperly.Abstractions;
using Samenwerking.Application.Common.Concurrency;
using Samenwerking.Application.Roles.AssignRole;

namespace Samenwerking.Api.Requests.Roles;

/// <summary>A role's request body becomes a command, with what the route and the headers say.</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class RoleRequestMapper
{
    public static partial AssignRoleCommand ToCommand(this AssignRoleRequest request, Guid collaborationId, VersionCondition? expectedVersion);
}
