using Mediator;
using Samenwerking.Application.Common.Concurrency;
using Samenwerking.Domain.Delegations;

namespace Samenwerking.Application.Delegations.GrantDelegation;

/// <summary>A participating municipality lets a person make some kinds of change to the collaboration for it, for a while.</summary>
public sealed record GrantDelegationCommand : ICommand<Versioned<DelegationDto>>, IDelegationGrant
{
    public Guid CollaborationId { get; init; }

    public string DelegateSubject { get; init; } = "";

    public string DelegateName { get; init; } = "";

    public string Organisation { get; init; } = "";

    public IReadOnlyList<DelegatedChange?>? Changes { get; init; }

    public DateOnly ValidFrom { get; init; }

    public DateOnly ValidUntil { get; init; }

    public string? GrantedBy { get; init; }
}
