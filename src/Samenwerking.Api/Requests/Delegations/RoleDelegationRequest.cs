using Samenwerking.Domain.Delegations;

namespace Samenwerking.Api.Requests.Delegations;

/// <summary>Rights granted with a role to the person who takes it up; their name and organisation are the role's.</summary>
public sealed record RoleDelegationRequest
{
    /// <summary>The token subject (`sub`) of the person, as the identity provider issues it.</summary>
    public string DelegateSubject { get; init; } = "";

    /// <summary>The kinds of change it covers.</summary>
    public IReadOnlyList<DelegatedChange> Changes { get; init; } = [];

    /// <summary>The first day the person may act.</summary>
    public DateOnly ValidFrom { get; init; }

    /// <summary>The last day the person may act: required, after `validFrom`.</summary>
    public DateOnly ValidUntil { get; init; }

    /// <summary>The participating municipality that grants it (CBS code); by default the one the user acts for.</summary>
    public string? GrantedBy { get; init; }
}
