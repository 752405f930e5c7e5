namespace Samenwerking.Domain.Roles;

/// <summary>Roles people fill while a collaboration is built (bemensing).</summary>
public enum RoleKind
{
    Projectleider = 1,
    Programmamanager = 2,
    Procesbegeleider = 3,
    Adviseur = 4,
    VoorzitterWerkgroep = 5,
}
