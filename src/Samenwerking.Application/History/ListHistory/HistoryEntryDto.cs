using Samenwerking.Domain.History;

namespace Samenwerking.Application.History.ListHistory;

/// <summary>Something that happened to a collaboration, with what it is about.</summary>
/// <param name="Id">Stable identifier of the entry.</param>
/// <param name="Kind">What kind of event.</param>
/// <param name="Summary">What happened, in a sentence.</param>
/// <param name="ActorName">Who did it (the token's name).</param>
/// <param name="ActorSubject">The token's subject of who did it.</param>
/// <param name="OccurredAt">When (UTC).</param>
/// <param name="MunicipalityCode">The municipality the entry is about (a participant joining, being removed or withdrawing; a decision); otherwise null.</param>
/// <param name="DecisionId">The decision recorded, corrected or withdrawn (`decisionRecorded`, `decisionCorrected`, `decisionWithdrawn`), for `getDecision` while it exists; otherwise null.</param>
/// <param name="RoleId">The role assigned or removed (`roleAssigned`, `roleRemoved`); otherwise null.</param>
/// <param name="TransitionId">The phase transition made (`phaseChanged`); otherwise null.</param>
/// <param name="EvaluationId">The evaluation recorded, corrected or withdrawn (`evaluationRecorded`, `evaluationCorrected`, `evaluationWithdrawn`), for `getEvaluation` while it exists; otherwise null.</param>
/// <param name="ActivityId">The development activity recorded, held or cancelled, corrected or withdrawn (`developmentActivityRecorded`, `developmentActivityStatusChanged`, `developmentActivityCorrected`, `developmentActivityWithdrawn`), for `getDevelopmentActivity` while it exists; otherwise null.</param>
/// <param name="Href">
/// Where to GET what the entry is about: the item itself where it has a URL of its own (the collaboration, a decision, an
/// evaluation, a development activity, the evaluation schedule), else the list that holds it (participants, roles, phase
/// transitions: find it there by `municipalityCode` or its id). Null when it no longer exists (a removed participant or
/// role) or could not be traced (some entries recorded before identifiers were kept).
/// </param>
public sealed record HistoryEntryDto(
    Guid Id,
    HistoryEntryKind Kind,
    string Summary,
    string ActorName,
    string ActorSubject,
    DateTimeOffset OccurredAt,
    string? MunicipalityCode,
    Guid? DecisionId,
    Guid? RoleId,
    Guid? TransitionId,
    Guid? EvaluationId,
    Guid? ActivityId,
    string? Href);
