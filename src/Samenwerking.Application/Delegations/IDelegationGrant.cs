using Samenwerking.Domain.Delegations;

namespace Samenwerking.Application.Delegations;

/// <summary>The rights part of a grant, the same whether a delegation is granted alone or with the role the person takes up.</summary>
public interface IDelegationGrant
{
    /// <summary>The token subject (`sub`) of the person who may act.</summary>
    string DelegateSubject { get; }

    /// <summary>The kinds of change it covers.</summary>
    IReadOnlyList<DelegatedChange?>? Changes { get; }

    /// <summary>The first day the person may act.</summary>
    DateOnly ValidFrom { get; }

    /// <summary>The last day the person may act.</summary>
    DateOnly ValidUntil { get; }

    /// <summary>The participating municipality that grants it; by default the user's own.</summary>
    string? GrantedBy { get; }
}
