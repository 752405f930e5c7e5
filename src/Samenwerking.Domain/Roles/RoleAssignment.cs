using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Domain.Roles;

/// <summary>
/// A person filling a role (bemensing). Personal data is kept to name, organisation and an optional
/// e-mail address, and is removed entirely when the role is removed.
/// </summary>
public sealed class RoleAssignment
{
    public const int MaxNameLength = 200;
    public const int MaxEmailLength = 254;

    private RoleAssignment()
    {
        PersonName = "";
        Organisation = "";
    }

    internal RoleAssignment(RoleFacts facts, Phase phase, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7();
        Kind = facts.Kind;
        PersonName = facts.PersonName;
        Organisation = facts.Organisation;
        Email = facts.Email;
        WorkingGroup = facts.WorkingGroup;
        AssignedInPhase = phase;
        AssignedAt = now;
    }

    public Guid Id { get; private set; }

    public RoleKind Kind { get; private set; }

    public string PersonName { get; private set; }

    public string Organisation { get; private set; }

    public string? Email { get; private set; }

    /// <summary>For a voorzitter werkgroep: which working group, e.g. "Personeel en Organisatie".</summary>
    public string? WorkingGroup { get; private set; }

    public Phase AssignedInPhase { get; private set; }

    public DateTimeOffset AssignedAt { get; private set; }

    public bool LeadsTheProject => LeadsTheProjectAs(Kind);

    /// <summary>A correction: the role and the person are replaced; the phase and moment of assignment stay.</summary>
    internal void Correct(RoleFacts facts)
    {
        Kind = facts.Kind;
        PersonName = facts.PersonName;
        Organisation = facts.Organisation;
        Email = facts.Email;
        WorkingGroup = facts.WorkingGroup;
    }

    public static bool LeadsTheProjectAs(RoleKind kind) => kind is RoleKind.Projectleider or RoleKind.Programmamanager;
}

/// <summary>What is said about a role being filled, before it is recorded.</summary>
public sealed record RoleFacts(RoleKind Kind, string PersonName, string Organisation, string? Email = null, string? WorkingGroup = null)
{
    /// <summary>A working group belongs to a voorzitter werkgroep and to no other role.</summary>
    public bool WorkingGroupFitsKind => (Kind == RoleKind.VoorzitterWerkgroep) == !string.IsNullOrWhiteSpace(WorkingGroup);
}
