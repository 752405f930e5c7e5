using Samenwerking.Domain.Delegations;

namespace Samenwerking.Application.Delegations;

/// <summary>A delegation: who may act for which municipality on the collaboration, for which changes and how long.</summary>
/// <param name="Id">Identifier of the delegation.</param>
/// <param name="CollaborationId">The collaboration it is about.</param>
/// <param name="DelegateSubject">The token subject (`sub`) of the person who may act.</param>
/// <param name="DelegateName">Name of the person.</param>
/// <param name="Organisation">The organisation the person works for (an advisory bureau, a regional organisation).</param>
/// <param name="GrantedBy">The municipality on whose authority the person acts (CBS code).</param>
/// <param name="Changes">The kinds of change it covers.</param>
/// <param name="ValidFrom">The first day the person may act.</param>
/// <param name="ValidUntil">The last day the person may act.</param>
/// <param name="Standing">Where it stands today: only `inForce` lets the person act.</param>
/// <param name="GrantedAt">When it was granted (UTC).</param>
/// <param name="GrantedByName">Who granted it, as the history names people.</param>
/// <param name="WithdrawnAt">When it was withdrawn (UTC); null while it is not.</param>
/// <param name="WithdrawnBy">Who withdrew it; null while it is not withdrawn.</param>
/// <param name="WithdrawalReason">Why it was withdrawn; null while it is not.</param>
public sealed record DelegationDto(
    Guid Id,
    Guid CollaborationId,
    string DelegateSubject,
    string DelegateName,
    string Organisation,
    string GrantedBy,
    IReadOnlyList<DelegatedChange> Changes,
    DateOnly ValidFrom,
    DateOnly ValidUntil,
    DelegationStanding Standing,
    DateTimeOffset GrantedAt,
    string GrantedByName,
    DateTimeOffset? WithdrawnAt,
    string? WithdrawnBy,
    string? WithdrawalReason);
