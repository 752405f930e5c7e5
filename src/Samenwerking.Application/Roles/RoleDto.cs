using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Roles;

namespace Samenwerking.Application.Roles;

/// <summary>A person filling a role in the collaboration.</summary>
/// <param name="Id">Identifier of the role assignment.</param>
/// <param name="Kind">The role.</param>
/// <param name="PersonName">Name of the person.</param>
/// <param name="Organisation">The person's organisation.</param>
/// <param name="Email">Optional e-mail address.</param>
/// <param name="WorkingGroup">For a voorzitterWerkgroep: the working group, e.g. "Personeel en Organisatie".</param>
/// <param name="AssignedInPhase">The phase in which the role was assigned.</param>
/// <param name="AssignedAt">When it was assigned (UTC).</param>
public sealed record RoleDto(Guid Id, RoleKind Kind, string PersonName, string Organisation, string? Email, string? WorkingGroup,
    Phase AssignedInPhase, DateTimeOffset AssignedAt);

public static class RoleMappings
{
    public static RoleDto ToDto(this RoleAssignment r) =>
        new(r.Id, r.Kind, r.PersonName, r.Organisation, r.Email, r.WorkingGroup, r.AssignedInPhase, r.AssignedAt);
}
