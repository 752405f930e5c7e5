using Riok.Mapperly.Abstractions;
using Samenwerking.Application.Common.Concurrency;
using Samenwerking.Application.Roles.AssignRole;
using Samenwerking.Application.Roles.CorrectRole;

namespace Samenwerking.Api.Requests.Roles;

/// <summary>A role's request body becomes a command, with what the route and the headers say.</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class RoleRequestMapper
{
    public static partial AssignRoleCommand ToCommand(this AssignRoleRequest request, Guid collaborationId, VersionCondition? expectedVersion);

    public static partial CorrectRoleCommand ToCommand(this CorrectRoleRequest request, Guid collaborationId, Guid roleId, VersionCondition? expectedVersion);
}
