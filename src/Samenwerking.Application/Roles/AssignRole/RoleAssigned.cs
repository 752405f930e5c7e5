using Samenwerking.Application.Common.Concurrency;
using Mediator;
using Samenwerking.Domain.Roles;

namespace Samenwerking.Application.Roles.AssignRole;

/// <summary>The role assigned and the collaboration's new version.</summary>
public sealed record RoleAssigned(RoleDto Role, uint CollaborationVersion);
