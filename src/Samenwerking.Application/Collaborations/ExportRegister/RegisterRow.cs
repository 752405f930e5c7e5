using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Collaborations.Register;

namespace Samenwerking.Application.Collaborations.ExportRegister;

/// <summary>
/// One collaboration as a line of the register: the fields of its register entry with the facts that identify and classify
/// it. Flat, because an export makes one for every collaboration: only what a line shows, nothing else of the aggregate.
/// The participants are the active ones in joining order, with the name each code has now (or had last); the
/// centrumgemeente is the first of them with that role.
/// </summary>
public sealed record RegisterRow(
    Guid Id,
    string Name,
    string? CitationTitle,
    string? Purpose,
    Phase Phase,
    DateOnly? InForceSince,
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
    string? LegalProvisions,
    IReadOnlyList<Power> Powers,
    string? SeatAddress,
    string? SeatPlace,
    string? PublicationUrl,
    string? Bronhouder,
    DateOnly? EndedOn = null,
    string? EndReason = null);
