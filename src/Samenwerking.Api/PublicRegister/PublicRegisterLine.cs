using Samenwerking.Application.Collaborations.ExportRegister;
using Samenwerking.Application.Collaborations.Register;
using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Api.PublicRegister;

/// <summary>One regeling as the public register shows it: the columns of the register CSV, no personal data.</summary>
/// <param name="Id">Identifier of the collaboration.</param>
/// <param name="Name">Name.</param>
/// <param name="CitationTitle">The regeling's official title (citeertitel).</param>
/// <param name="Purpose">What the regeling is for (doel).</param>
/// <param name="Phase">Current phase.</param>
/// <param name="InForceSince">The date the current regeling took effect.</param>
/// <param name="OperatingSince">The date the collaboration started operating.</param>
/// <param name="Participants">The municipalities taking part now, in joining order.</param>
/// <param name="Centrumgemeente">CBS code of the centrumgemeente, if any.</param>
/// <param name="LegalKind">Publiekrechtelijk or privaatrechtelijk; null while unknown.</param>
/// <param name="LegalInstrument">Legal instrument; null while unknown.</param>
/// <param name="TaskTypes">Types of task.</param>
/// <param name="TaskScope">One, several or all tasks; null while unknown.</param>
/// <param name="GovernanceLevel">Level at which it is steered; null while unknown.</param>
/// <param name="Novelty">A new or an existing organisation; null while unknown.</param>
/// <param name="Multiplicity">One or several organisations; null while unknown.</param>
/// <param name="Structure">Central or decentral; null while unknown.</param>
/// <param name="Initiative">Voluntary or required by law; null while unknown.</param>
/// <param name="LegalProvisions">The statutory provisions the powers rest on.</param>
/// <param name="Powers">The powers with how they were transferred.</param>
/// <param name="SeatAddress">Adres van vestiging.</param>
/// <param name="SeatPlace">Plaats van vestiging.</param>
/// <param name="PublicationUrl">Link to the published regeling.</param>
/// <param name="Bronhouder">CBS code of the municipality that keeps the GR-register entry.</param>
/// <param name="EndedOn">When the collaboration ended; null while it goes on.</param>
public sealed record PublicRegisterLine(
    Guid Id,
    string Name,
    string? CitationTitle,
    string? Purpose,
    Phase Phase,
    DateOnly? InForceSince,
    DateOnly? OperatingSince,
    IReadOnlyList<PublicParticipant> Participants,
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
    IReadOnlyList<PowerDto> Powers,
    string? SeatAddress,
    string? SeatPlace,
    string? PublicationUrl,
    string? Bronhouder,
    DateOnly? EndedOn)
{
    public static PublicRegisterLine From(RegisterRow row) => new(row.Id, row.Name, row.CitationTitle, row.Purpose, row.Phase,
        row.InForceSince, row.OperatingSince,
        [.. row.ParticipantCodes.Select((code, i) => new PublicParticipant(code, row.ParticipantNames[i]))], row.Centrumgemeente,
        row.LegalKind, row.LegalInstrument, row.TaskTypes, row.TaskScope, row.GovernanceLevel, row.Novelty, row.Multiplicity,
        row.Structure, row.Initiative, row.LegalProvisions, [.. row.Powers.Select(p => new PowerDto(p.Description, p.Transfer))],
        row.SeatAddress, row.SeatPlace, row.PublicationUrl, row.Bronhouder, row.EndedOn);
}

/// <summary>A participating municipality.</summary>
/// <param name="Code">CBS code.</param>
/// <param name="Name">The name the code has now (or had last).</param>
public sealed record PublicParticipant(string Code, string Name);
