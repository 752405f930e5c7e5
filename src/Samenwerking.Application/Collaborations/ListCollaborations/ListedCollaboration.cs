using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Application.Collaborations.ListCollaborations;

/// <summary>A collaboration as the list's statement reads it: what the summary shows, and the sort keys a cursor needs.</summary>
public sealed record ListedCollaboration(
    Guid Id,
    string Name,
    string NameForSearch,
    Phase Phase,
    IReadOnlyList<TaskType> TaskTypes,
    TaskScope? TaskScope,
    Novelty? Novelty,
    Multiplicity? Multiplicity,
    Structure? Structure,
    LegalKind? LegalKind,
    LegalInstrument? LegalInstrument,
    Initiative? Initiative,
    int ActiveParticipantCount,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateOnly? NextEvaluationDue,
    DateOnly? EndedOn)
{
    public CollaborationSummaryDto ToSummary() => new(Id, Name, Phase, TaskTypes, LegalKind, LegalInstrument, Initiative,
        Collaboration.IsAmbtelijkeFusieOf(TaskScope, Novelty, Multiplicity, Structure), ActiveParticipantCount, UpdatedAt,
        NextEvaluationDue, EndedOn);
}
