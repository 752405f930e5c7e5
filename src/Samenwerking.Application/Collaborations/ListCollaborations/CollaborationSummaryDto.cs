using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Application.Collaborations.ListCollaborations;

/// <summary>A collaboration as it appears in lists.</summary>
/// <param name="Id">Identifier of the collaboration.</param>
/// <param name="Name">Name.</param>
/// <param name="Phase">Current phase.</param>
/// <param name="TaskTypes">Types of task.</param>
/// <param name="LegalKind">Publiekrechtelijk or privaatrechtelijk; null while unknown.</param>
/// <param name="LegalInstrument">Legal instrument; null while unknown.</param>
/// <param name="Initiative">Voluntary or required by law; null while unknown.</param>
/// <param name="IsAmbtelijkeFusie">Derived: all tasks in one new, central organisation.</param>
/// <param name="ActiveParticipantCount">Number of municipalities taking part now.</param>
/// <param name="UpdatedAt">When anything about it last changed (UTC).</param>
/// <param name="NextEvaluationDue">When the next evaluation is due; null outside doorontwikkeling.</param>
/// <param name="EndedOn">When the collaboration ended (opheffing); null while it goes on. Only with <c>includeEnded=true</c> do lists show ended ones.</param>
public sealed record CollaborationSummaryDto(
    Guid Id,
    string Name,
    Phase Phase,
    IReadOnlyList<TaskType> TaskTypes,
    LegalKind? LegalKind,
    LegalInstrument? LegalInstrument,
    Initiative? Initiative,
    bool IsAmbtelijkeFusie,
    int ActiveParticipantCount,
    DateTimeOffset UpdatedAt,
    DateOnly? NextEvaluationDue,
    DateOnly? EndedOn);
