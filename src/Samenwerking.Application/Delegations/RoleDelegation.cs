using Samenwerking.Domain.Delegations;

namespace Samenwerking.Application.Delegations;

/// <summary>A delegation granted with a role, to the person who takes it up: their name and organisation are the role's.</summary>
public sealed record RoleDelegation : IDelegationGrant
{
    public string DelegateSubject { get; init; } = "";

    public IReadOnlyList<DelegatedChange?>? Changes { get; init; }

    public DateOnly ValidFrom { get; init; }

    public DateOnly ValidUntil { get; init; }

    public string? GrantedBy { get; init; }
}
