using Samenwerking.Application.Collaborations.Register;
using Samenwerking.Application.Collaborations.Shared;
using Samenwerking.Application.Phases;
using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Api.PublicRegister;

/// <summary>
/// One collaboration's public record: what the register shows and how it came about, without personal data (no role
/// holders, no history authors, no free-text reasons).
/// </summary>
/// <param name="Id">Identifier of the collaboration.</param>
/// <param name="Name">Name.</param>
/// <param name="Phase">Current phase.</param>
/// <param name="Participants">Participants, active and former, in joining order.</param>
/// <param name="TaskTypes">Types of task.</param>
/// <param name="TaskScope">One, several or all tasks; null while unknown.</param>
/// <param name="GovernanceLevel">Level at which it is steered; null while unknown.</param>
/// <param name="OrganisationForm">The three organisation-form choices.</param>
/// <param name="LegalForm">Legal form; null while unknown.</param>
/// <param name="Initiative">Voluntary or required by law; null while unknown.</param>
/// <param name="Register">What the Wgr register shows.</param>
/// <param name="OperatingSince">The date it started operating.</param>
/// <param name="EndedOn">The date it ended; null while it goes on.</param>
/// <param name="Phases">The four phases with status and dates.</param>
/// <param name="UpdatedAt">When anything about it last changed (UTC).</param>
public sealed record PublicCollaborationRecord(
    Guid Id,
    string Name,
    Phase Phase,
    IReadOnlyList<PublicParticipation> Participants,
    IReadOnlyList<TaskType> TaskTypes,
    TaskScope? TaskScope,
    GovernanceLevel? GovernanceLevel,
    OrganisationFormDto OrganisationForm,
    LegalFormDto? LegalForm,
    Initiative? Initiative,
    RegisterEntryDto Register,
    DateOnly? OperatingSince,
    DateOnly? EndedOn,
    IReadOnlyList<PhasePeriodDto> Phases,
    DateTimeOffset UpdatedAt)
{
    public static PublicCollaborationRecord From(CollaborationDto collaboration, IReadOnlyList<PhasePeriodDto> phases) => new(
        collaboration.Id, collaboration.Name, collaboration.Phase,
        [.. collaboration.Participants.Select(p => new PublicParticipation(p.MunicipalityCode, p.MunicipalityName, p.Role, p.JoinedOn, p.LeftOn))],
        collaboration.TaskTypes, collaboration.TaskScope, collaboration.GovernanceLevel, collaboration.OrganisationForm,
        collaboration.LegalForm, collaboration.Initiative, collaboration.Register, collaboration.OperatingSince, collaboration.EndedOn,
        phases, collaboration.UpdatedAt);
}

/// <summary>A municipality's participation.</summary>
/// <param name="MunicipalityCode">CBS code.</param>
/// <param name="MunicipalityName">Name of the municipality on the day it joined.</param>
/// <param name="Role">Deelnemer or centrumgemeente.</param>
/// <param name="JoinedOn">Date it joined.</param>
/// <param name="LeftOn">Date it left; null while it takes part.</param>
public sealed record PublicParticipation(string MunicipalityCode, string MunicipalityName, ParticipantRole Role, DateOnly JoinedOn, DateOnly? LeftOn);
