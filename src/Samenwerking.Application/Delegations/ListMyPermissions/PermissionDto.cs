using Samenwerking.Domain.Authorization;
using Samenwerking.Domain.Delegations;

namespace Samenwerking.Application.Delegations.ListMyPermissions;

/// <summary>One collaboration the caller may change, what they may change in it, and why.</summary>
/// <param name="CollaborationId">The collaboration.</param>
/// <param name="CollaborationName">Its name.</param>
/// <param name="Reason">Why: `participant`, `delegate` or `administrator`.</param>
/// <param name="MunicipalityCode">The municipality the caller acts for: their own (participant) or the one that granted the delegation; null for an administrator.</param>
/// <param name="AllChanges">True when the caller may make every change an active participant may (participant, administrator); false for a delegate, who may make only `changes`.</param>
/// <param name="Changes">The kinds of change that may be delegated which the caller may make here.</param>
/// <param name="DelegationId">The delegation the caller acts under; null unless `reason` is `delegate`.</param>
/// <param name="ValidUntil">The last day the delegation lets the caller act; null unless `reason` is `delegate`.</param>
public sealed record PermissionDto(
    Guid CollaborationId,
    string CollaborationName,
    PermissionReason Reason,
    string? MunicipalityCode,
    bool AllChanges,
    IReadOnlyList<DelegatedChange> Changes,
    Guid? DelegationId,
    DateOnly? ValidUntil);
