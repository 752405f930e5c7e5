using Mediator;
using Samenwerking.Application.Common.Concurrency;
using Samenwerking.Application.Roles.AssignRole;
using Samenwerking.Domain.Roles;

namespace Samenwerking.Application.Roles.CorrectRole;

/// <summary>Replaces the role and who fills it; the phase it was assigned in stays.</summary>
public sealed record CorrectRoleCommand : ICommand<RoleAssigned>, IRoleInput
{
    public Guid CollaborationId { get; init; }

    public Guid RoleId { get; init; }

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

    /// <summary>Why it is corrected (kept in the history; never the person's details).</summary>
    public string? Reason { get; init; }
}
