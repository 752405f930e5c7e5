using Samenwerking.Domain.Delegations;

namespace Samenwerking.Api.Requests.Delegations;

/// <summary>A participating municipality lets a person make some kinds of change to the collaboration for it, from one day until another.</summary>
public sealed record GrantDelegationRequest
{
    /// <summary>The token subject (`sub`) of the person, as the identity provider issues it.</summary>
    public string DelegateSubject { get; init; } = "";

    /// <summary>Name of the person.</summary>
    public string DelegateName { get; init; } = "";

    /// <summary>The organisation the person works for (an advisory bureau, a regional organisation).</summary>
    public string Organisation { get; init; } = "";

    /// <summary>The kinds of change it covers; never a municipality's own decisions, its participation, the phases, deletion or dissolution.</summary>
    public IReadOnlyList<DelegatedChange> Changes { get; init; } = [];

    /// <summary>The first day the person may act.</summary>
    public DateOnly ValidFrom { get; init; }

    /// <summary>The last day the person may act: required, after `validFrom`.</summary>
    public DateOnly ValidUntil { get; init; }

    /// <summary>The participating municipality that grants it (CBS code); by default the one the user acts for. An administrator names it.</summary>
    public string? GrantedBy { get; init; }
}
