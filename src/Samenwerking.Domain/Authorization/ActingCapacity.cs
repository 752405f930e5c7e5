namespace Samenwerking.Domain.Authorization;

/// <summary>
/// In which capacity a permitted user acts: for one municipality (its CBS code), or as an administrator
/// where none of their municipalities takes part. A delegate acts for the municipality that granted the
/// delegation (<see cref="Delegate"/>). The history records it beside the name.
/// </summary>
public sealed record ActingCapacity(string? MunicipalityCode)
{
    public static readonly ActingCapacity Administrator = new((string?)null);

    public bool IsAdministrator => MunicipalityCode is null;

    /// <summary>The delegation a person acts under, when they act for the municipality as its delegate rather than as its own user.</summary>
    public DelegateAuthority? Delegate { get; init; }
}

/// <summary>The delegation a person acts under and the organisation it names them for.</summary>
public sealed record DelegateAuthority(Guid DelegationId, string Organisation);
