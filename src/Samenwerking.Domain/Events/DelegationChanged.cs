using Samenwerking.Domain.Common;
using Samenwerking.Domain.Delegations;

namespace Samenwerking.Domain.Events;

/// <summary>A delegation was granted (<paramref name="Granted"/>) or withdrawn: who may act for a municipality changed.</summary>
/// <param name="MunicipalityCodes">Every municipality that takes or took part in the collaboration, for the feed's filter.</param>
public sealed record DelegationChanged(
    Guid DelegationId,
    Guid CollaborationId,
    bool Granted,
    string GrantedBy,
    IReadOnlyList<DelegatedChange> Changes,
    IReadOnlyList<string> MunicipalityCodes,
    Actor Actor,
    DateTimeOffset OccurredAt) : IDomainEvent;
