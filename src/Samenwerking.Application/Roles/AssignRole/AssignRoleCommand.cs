using Samenwerking.Application.Common.Concurrency;
using Mediator;
using Samenwerking.Domain.Roles;

namespace Samenwerking.Application.Roles.AssignRole;

/// <summary>Someone takes up a role, in the current phase.</summary>
public sealed record AssignRoleCommand : ICommand<RoleAssigned>, IRoleInput
{
    public Guid CollaborationId { get; init; }

    public VersionCondition? ExpectedVersion { get; init; }

    /// <summary>The role.</summary>
    public RoleKind Kind { get; init; }

    /// <summary>Name of the person.</summary>
    public string PersonName { get; init; } = "";

    /// <summary>The person's organisation.</summary>
    public string Organisation { get; init; } = "";

    /// <summary>Optional e-mail address.</summary>
    public string? Email { get; init; }

    /// <summary>Required for voorzitterWerkgroep (e.g. "Personeel en Organisatie"), not allowed for other roles.</summary>
    public string? WorkingGroup { get; init; }

    /// <summary>Optional: rights granted to the person in the same request (issue 29).</summary>
    public Delegations.RoleDelegation? Delegation { get; init; }
}
