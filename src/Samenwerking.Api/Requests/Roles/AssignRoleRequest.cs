using Samenwerking.Domain.Roles;

namespace Samenwerking.Api.Requests.Roles;

/// <summary>Someone takes up a role, in the current phase.</summary>
public sealed record AssignRoleRequest
{
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

    /// <summary>Optional: grant the person rights on this collaboration in the same request (`delegateSubject`, `changes`, `validFrom`, `validUntil`).</summary>
    public Delegations.RoleDelegationRequest? Delegation { get; init; }
}
