using Samenwerking.Application.Collaborations.Common;
using Samenwerking.Application.Collaborations.CreateCollaboration;
using Samenwerking.Application.Collaborations.SetOperatingSince;
using Samenwerking.Application.Collaborations.UpdateCollaboration;
using Samenwerking.Application.Decisions.RecordDecision;
using Samenwerking.Application.Participants.AddParticipant;
using Samenwerking.Application.Participants.WithdrawParticipant;
using Samenwerking.Application.Phases.TransitionPhase;
using Samenwerking.Application.Roles.AssignRole;
using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Decisions;
using Samenwerking.Domain.Roles;

namespace Samenwerking.Api.OpenApi;

/// <summary>
/// The request bodies the OpenAPI document shows (<see cref="RequestExamples.WithRequestExample{TBuilder}"/>),
/// written as the real request types so they cannot drift from what the API accepts. The data is a real
/// collaboration: Werkorganisatie BUCH (Bergen (NH.), Uitgeest, Castricum, Heiloo), an ambtelijke fusie in
/// a bedrijfsvoeringsorganisatie since 2017.
/// </summary>
public static class RequestBodyExamples
{
    public static CreateCollaborationCommand CreateCollaboration { get; } = new()
    {
        Name = "Werkorganisatie BUCH",
        Description = "Ambtelijke fusie van Bergen, Uitgeest, Castricum en Heiloo.",
        Participants =
        [
            new ParticipantInput("GM0373", new DateOnly(2016, 1, 1)),
            new ParticipantInput("GM0450", new DateOnly(2016, 1, 1)),
            new ParticipantInput("GM0383", new DateOnly(2016, 1, 1)),
            new ParticipantInput("GM0399", new DateOnly(2016, 1, 1)),
        ],
        TaskTypes = [TaskType.Beleid, TaskType.Uitvoering, TaskType.Bedrijfsvoering],
        TaskScope = TaskScope.Alle,
        GovernanceLevel = GovernanceLevel.Operationeel,
        OrganisationForm = new OrganisationFormInput(Novelty.Nieuw, Multiplicity.Een, Structure.Centraal),
        LegalForm = new LegalFormInput(LegalKind.Publiekrechtelijk, LegalInstrument.Bedrijfsvoeringsorganisatie),
        Initiative = Initiative.Vrijwillig,
    };

    public static UpdateCollaborationCommand UpdateCollaboration { get; } = new()
    {
        Name = CreateCollaboration.Name,
        Description = "Ambtelijke fusie van Bergen, Uitgeest, Castricum en Heiloo in één werkorganisatie.",
        TaskTypes = CreateCollaboration.TaskTypes,
        TaskScope = CreateCollaboration.TaskScope,
        GovernanceLevel = GovernanceLevel.Strategisch,
        OrganisationForm = CreateCollaboration.OrganisationForm,
        LegalForm = CreateCollaboration.LegalForm,
        Initiative = CreateCollaboration.Initiative,
    };

    public static AddParticipantCommand AddParticipant { get; } = new()
    {
        MunicipalityCode = "GM0399",
        JoinedOn = new DateOnly(2016, 1, 1),
        Role = ParticipantRole.Deelnemer,
    };

    public static WithdrawParticipantCommand WithdrawParticipant { get; } = new()
    {
        LeftOn = new DateOnly(2024, 12, 31),
        Reason = "De raad heeft besloten tot uittreding; de taken gaan terug naar de gemeente.",
    };

    public static TransitionPhaseCommand CreatePhaseTransition { get; } = new()
    {
        To = Phase.Voorbereiding,
        EffectiveOn = new DateOnly(2015, 9, 1),
        Rationale = "De verkenning is afgerond: de vier colleges kiezen voor één ambtelijke werkorganisatie.",
    };

    public static RecordDecisionCommand CreateDecision { get; } = new()
    {
        MunicipalityCode = "GM0373",
        Body = DecisionBody.Raad,
        Kind = DecisionKind.Toestemming,
        DecidedOn = new DateOnly(2016, 6, 30),
        Outcome = DecisionOutcome.Positief,
        Reference = "Raadsbesluit 2016-042",
        Summary = "De raad geeft toestemming voor de Gemeenschappelijke regeling Werkorganisatie BUCH.",
    };

    public static AssignRoleCommand CreateRole { get; } = new()
    {
        Kind = RoleKind.VoorzitterWerkgroep,
        PersonName = "A. Jansen",
        Organisation = "Gemeente Castricum",
        WorkingGroup = "Personeel en Organisatie",
    };

    public static SetOperatingSinceCommand SetOperatingSince { get; } = new()
    {
        OperatingSince = new DateOnly(2017, 1, 1),
    };
}
