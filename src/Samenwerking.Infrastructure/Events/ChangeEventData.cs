using System.Text.Json;
using System.Text.Json.Serialization;
using Samenwerking.Application.Events;
using Samenwerking.Domain.Common;
using Samenwerking.Domain.Events;

namespace Samenwerking.Infrastructure.Events;

/// <summary>
/// Turns a domain event into the feed's row: its CloudEvents type, subject, resource and a small
/// <c>data</c> object. Only identifiers, phases and municipality codes go in; never the personal data of
/// role holders, and never free text a person typed.
/// </summary>
internal static class ChangeEventData
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static StoredEvent ToStoredEvent(IDomainEvent domainEvent) => domainEvent switch
    {
        CollaborationChanged changed => Row(EventTypes.Of(changed.Kind), changed.CollaborationId, CollaborationPath(changed.CollaborationId),
            changed.MunicipalityCodes, changed, new
            {
                collaborationId = changed.CollaborationId,
                phase = DomainTerms.Of(changed.Phase),
                previousPhase = changed.PreviousPhase is { } previous ? DomainTerms.Of(previous) : null,
                municipalityCode = changed.MunicipalityCode,
                municipalityCodes = changed.MunicipalityCodes,
                onBehalfOf = changed.Actor.OnBehalfOf,
                delegationId = changed.Actor.DelegationId,
            }),
        DelegationChanged delegation => Row(delegation.Granted ? EventTypes.DelegationGranted : EventTypes.DelegationWithdrawn,
            delegation.CollaborationId, $"{CollaborationPath(delegation.CollaborationId)}/delegations/{delegation.DelegationId}",
            delegation.MunicipalityCodes, delegation, new
            {
                collaborationId = delegation.CollaborationId,
                delegationId = delegation.DelegationId,
                grantedBy = delegation.GrantedBy,
                changes = delegation.Changes.Select(c => DomainTerms.Of(c)).ToList(),
                municipalityCodes = delegation.MunicipalityCodes,
            }),
        CollaborationDeleted deleted => Row(EventTypes.CollaborationDeleted, deleted.CollaborationId, CollaborationPath(deleted.CollaborationId),
            deleted.MunicipalityCodes, deleted, new
            {
                collaborationId = deleted.CollaborationId,
                name = deleted.Name,
                municipalityCodes = deleted.MunicipalityCodes,
                deletedBy = deleted.Actor.Subject,
                deletedAt = deleted.OccurredAt,
            }),
        EvaluationFrameworkChanged framework => Row(
            framework.Defined ? EventTypes.EvaluationFrameworkCreated : EventTypes.EvaluationFrameworkChanged,
            framework.FrameworkId, $"/evaluation-frameworks/{framework.FrameworkId}", [], framework, new
            {
                frameworkId = framework.FrameworkId,
                name = framework.Name,
                criterionCount = framework.CriterionCount,
            }),
        _ => throw new InvalidOperationException($"No feed event is defined for {domainEvent.GetType().Name}."),
    };

    private static string CollaborationPath(Guid id) => $"/collaborations/{id}";

    private static StoredEvent Row(string type, Guid subject, string path, IReadOnlyList<string> municipalityCodes,
        IDomainEvent domainEvent, object data) => new()
    {
        Id = Guid.CreateVersion7(),
        Type = type,
        Subject = subject,
        Time = domainEvent.OccurredAt,
        ResourcePath = path,
        MunicipalityCodes = [.. municipalityCodes],
        ActorSubject = domainEvent.Actor.Subject,
        Data = JsonSerializer.Serialize(data, Json),
    };
}
