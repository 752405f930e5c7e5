using Samenwerking.Domain.Roles;

namespace Samenwerking.Application.Roles;

/// <summary>A role as a command states it: assigned and corrected alike.</summary>
public interface IRoleInput
{
    RoleKind Kind { get; }

    string PersonName { get; }

    string Organisation { get; }

    string? Email { get; }

    string? WorkingGroup { get; }
}
