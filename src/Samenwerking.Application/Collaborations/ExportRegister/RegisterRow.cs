using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Collaborations.Register;

namespace Samenwerking.Application.Collaborations.ExportRegister;

/// <summary>One collaboration as a line of the register: its register entry with the facts that identify and classify it.</summary>
public sealed record RegisterRow(
    Guid Id,
    string Name,
    Phase Phase,
    DateOnly? OperatingSince,
    IReadOnlyList<string> ParticipantCodes,
    IReadOnlyList<string> ParticipantNames,
    string? Centrumgemeente,
    LegalKind? LegalKind,
    LegalInstrument? LegalInstrument,
    IReadOnlyList<TaskType> TaskTypes,
    TaskScope? TaskScope,
    GovernanceLevel? GovernanceLevel,
    Novelty? Novelty,
    Multiplicity? Multiplicity,
    Structure? Structure,
    Initiative? Initiative,
    RegisterEntry Register);
