using System.Text.Json;

namespace Samenwerking.Api.Events;

/// <summary>A page of the change feed: the events after the cursor, oldest first.</summary>
/// <param name="Events">CloudEvents 1.0 documents (see <see cref="CloudEventDocument"/>).</param>
/// <param name="Cursor">Pass as `after` to read on: after the last event, or after every event a filtered read passed by; never before the cursor sent.</param>
public sealed record EventPageResponse(IReadOnlyList<JsonElement> Events, string Cursor);

/// <summary>How the contract describes <see cref="EventPageResponse"/>: with the CloudEvents it really holds.</summary>
/// <param name="Events">The events after the cursor, oldest first.</param>
/// <param name="Cursor">Pass as `after` to read on: after the last event, or after every event a filtered read passed by; never before the cursor sent.</param>
public sealed record EventFeedPage(IReadOnlyList<CloudEventDocument> Events, string Cursor);

/// <summary>A change as a CloudEvent 1.0 (structured JSON mode, NL GOV profile for CloudEvents).</summary>
/// <param name="Specversion">Always `1.0`.</param>
/// <param name="Id">Unique per event; the same on every delivery of it, so consumers can drop duplicates.</param>
/// <param name="Source">The producer: `urn:samenwerking:api`.</param>
/// <param name="Type">What happened (an `EventType`), e.g. `nl.samenwerking.collaboration.phase-changed`.</param>
/// <param name="Subject">The id of the collaboration (or evaluation framework) the event is about.</param>
/// <param name="Time">When the change happened (UTC).</param>
/// <param name="Datacontenttype">Always `application/json`.</param>
/// <param name="Dataref">The resource the event is about, to read its current state (gone after `collaboration.deleted`).</param>
/// <param name="Data">What changed, in a few fields; never personal data of role holders.</param>
public sealed record CloudEventDocument(
    string Specversion,
    string Id,
    string Source,
    string Type,
    string Subject,
    DateTimeOffset Time,
    string Datacontenttype,
    string Dataref,
    EventData Data);

/// <summary>
/// The `data` of an event. Every `nl.samenwerking.collaboration.*` event has `collaborationId`, `phase` (the
/// phase after the change) and `municipalityCodes` (all municipalities that take or took part);
/// `phase-changed` adds `previousPhase`; `participant-joined`, `participant-removed`, `participant-withdrew`,
/// `participant-succeeded`, `centrumgemeente-succeeded`, `bronhouder-succeeded` and `decision-recorded` add `municipalityCode`. `collaboration.deleted` has `collaborationId`, `name`,
/// `municipalityCodes`, `deletedBy` and `deletedAt` instead of `phase`. `evaluation-framework.*` events
/// have `frameworkId`, `name` and `criterionCount`. A collaboration event caused by a delegate adds `onBehalfOf` (the
/// municipality they acted for) and `delegationId`. `delegation.*` events have `collaborationId`, `delegationId`,
/// `grantedBy`, `changes` and `municipalityCodes`.
/// </summary>
/// <param name="CollaborationId">The collaboration (collaboration events).</param>
/// <param name="Phase">The phase the collaboration is in after the change (collaboration events except `deleted`).</param>
/// <param name="PreviousPhase">The phase it left (`phase-changed`).</param>
/// <param name="MunicipalityCode">The municipality the change is about (participant and succession events, `decision-recorded`).</param>
/// <param name="MunicipalityCodes">CBS codes of every municipality that takes or took part (collaboration events).</param>
/// <param name="Name">The collaboration's name (`deleted`) or the framework's name (framework events).</param>
/// <param name="DeletedBy">The token subject of who deleted the collaboration (`deleted`).</param>
/// <param name="DeletedAt">When it was deleted (`deleted`; UTC).</param>
/// <param name="FrameworkId">The evaluation framework (framework events).</param>
/// <param name="CriterionCount">How many criteria the framework has (framework events).</param>
/// <param name="OnBehalfOf">The municipality a delegate acted for (collaboration events caused under a delegation).</param>
/// <param name="DelegationId">The delegation the change was made under, or that was granted or withdrawn.</param>
/// <param name="GrantedBy">The municipality that granted the delegation (`delegation.*`).</param>
/// <param name="Changes">The kinds of change the delegation covers (`delegation.*`).</param>
public sealed record EventData(
    Guid? CollaborationId = null,
    string? Phase = null,
    string? PreviousPhase = null,
    string? MunicipalityCode = null,
    IReadOnlyList<string>? MunicipalityCodes = null,
    string? Name = null,
    string? DeletedBy = null,
    DateTimeOffset? DeletedAt = null,
    Guid? FrameworkId = null,
    int? CriterionCount = null,
    string? OnBehalfOf = null,
    Guid? DelegationId = null,
    string? GrantedBy = null,
    IReadOnlyList<Samenwerking.Domain.Delegations.DelegatedChange>? Changes = null);

internal static class JsonElements
{
    public static JsonElement[] Of(IEnumerable<JsonElement> elements) => [.. elements];
}
