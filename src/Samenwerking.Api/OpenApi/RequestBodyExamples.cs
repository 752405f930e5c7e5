using Samenwerking.Api.Requests.Collaborations;
using Samenwerking.Api.Requests.Decisions;
using Samenwerking.Api.Requests.DevelopmentActivities;
using Samenwerking.Api.Requests.EvaluationFrameworks;
using Samenwerking.Api.Requests.Herindelingen;
using Samenwerking.Api.Requests.Municipalities;
using Samenwerking.Api.Requests.Evaluations;
using Samenwerking.Api.Requests.Participants;
using Samenwerking.Api.Requests.Phases;
using Samenwerking.Api.Requests.Roles;
using Samenwerking.Application.Collaborations.Register;
using Samenwerking.Application.Collaborations.Shared;
using Samenwerking.Application.EvaluationFrameworks;
using Samenwerking.Application.Evaluations.RecordEvaluation;
using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Collaborations.Register;
using Samenwerking.Domain.Decisions;
using Samenwerking.Domain.Evaluations;
using Samenwerking.Domain.Roles;
using Samenwerking.Infrastructure.ReferenceData;

namespace Samenwerking.Api.OpenApi;

/// <summary>
/// The request bodies the OpenAPI document shows (<see cref="RequestExamples.WithRequestExample{TBuilder}"/>),
/// written as the real request types so they cannot drift from what the API accepts. The collaboration's
/// own data is a real collaboration's public facts: Werkorganisatie BUCH (Bergen (NH.), Uitgeest, Castricum,
/// Heiloo), an ambtelijke fusie in a bedrijfsvoeringsorganisatie since 2017. Evaluations, frameworks,
/// development activities and the evaluation interval are judgements and plans nobody published for BUCH, so
/// their examples are generic and marked fictional (a made-up evaluator and consultancy), never tied to a real
/// collaboration; the evaluation scores the criteria of the shipped default framework.
/// </summary>
public static class RequestBodyExamples
{
    /// <summary>
    /// What is known of the register entry while preparing, in our own words and not checked against the published
    /// regeling: a title, the purpose and a power in mandate, as is usual for a bedrijfsvoeringsorganisatie. The date,
    /// seat and publication wait until the regeling is made and published. Declared first: the examples below use it.
    /// </summary>
    private static RegisterEntryInput Register { get; } = new()
    {
        CitationTitle = "Gemeenschappelijke regeling Werkorganisatie BUCH",
        Purpose = "Uitvoering van de ambtelijke taken van de gemeenten Bergen, Uitgeest, Castricum en Heiloo in één werkorganisatie.",
        Powers = [new PowerInput("Voorbereiden en uitvoeren van besluiten van de colleges en burgemeesters", PowerTransfer.Mandaat)],
    };

    public static CreateCollaborationRequest CreateCollaboration { get; } = new()
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
        Register = Register,
    };

    public static UpdateCollaborationRequest UpdateCollaboration { get; } = new()
    {
        Name = CreateCollaboration.Name,
        Description = "Ambtelijke fusie van Bergen, Uitgeest, Castricum en Heiloo in één werkorganisatie.",
        TaskTypes = CreateCollaboration.TaskTypes,
        TaskScope = CreateCollaboration.TaskScope,
        GovernanceLevel = GovernanceLevel.Strategisch,
        OrganisationForm = CreateCollaboration.OrganisationForm,
        LegalForm = CreateCollaboration.LegalForm,
        Initiative = CreateCollaboration.Initiative,
        // A replacement leaves out nothing it means to keep: without `register` the entry would be emptied.
        Register = Register,
    };

    public static Endpoints.CollaborationMergePatch PatchCollaboration { get; } = new()
    {
        Description = "Ambtelijke fusie van Bergen, Uitgeest, Castricum en Heiloo in één werkorganisatie.",
        GovernanceLevel = GovernanceLevel.Tactisch,
    };

    public static AddParticipantRequest AddParticipant { get; } = new()
    {
        MunicipalityCode = "GM0399",
        JoinedOn = new DateOnly(2016, 1, 1),
        Role = ParticipantRole.Deelnemer,
    };

    public static WithdrawParticipantRequest WithdrawParticipant { get; } = new()
    {
        LeftOn = new DateOnly(2024, 12, 31),
        Reason = "De raad heeft besloten tot uittreding; de taken gaan terug naar de gemeente.",
    };

    public static TransitionPhaseRequest CreatePhaseTransition { get; } = new()
    {
        To = Phase.Voorbereiding,
        EffectiveOn = new DateOnly(2015, 9, 1),
        Rationale = "De verkenning is afgerond: de vier colleges kiezen voor één ambtelijke werkorganisatie.",
    };

    public static RecordDecisionRequest CreateDecision { get; } = new()
    {
        MunicipalityCode = "GM0373",
        Body = DecisionBody.Raad,
        Kind = DecisionKind.Toestemming,
        DecidedOn = new DateOnly(2016, 6, 30),
        Outcome = DecisionOutcome.Positief,
        Reference = "Raadsbesluit 2016-042",
        Summary = "De raad geeft toestemming voor de Gemeenschappelijke regeling Werkorganisatie BUCH.",
    };

    /// <summary>The same toestemming with the reference of the published text as it really is.</summary>
    public static CorrectDecisionRequest CorrectDecision { get; } = new()
    {
        Body = DecisionBody.Raad,
        Kind = DecisionKind.Toestemming,
        DecidedOn = new DateOnly(2016, 6, 30),
        Outcome = DecisionOutcome.Positief,
        Reference = "Raadsbesluit 2016-043",
        Summary = "De raad geeft toestemming voor de Gemeenschappelijke regeling Werkorganisatie BUCH.",
        Reason = "Onjuist geregistreerd: verkeerd raadsbesluitnummer.",
    };

    public static CorrectRoleRequest CorrectRole { get; } = new()
    {
        Kind = RoleKind.Projectleider,
        PersonName = "A. Jansen",
        Organisation = "Gemeente Castricum",
        Reason = "Onjuist geregistreerd: projectleider, geen adviseur.",
    };

    /// <summary>Werkorganisatie Duivenvoorde's public facts: Voorschoten and Wassenaar ended it on 31 December 2022.</summary>
    public static DissolveCollaborationRequest DissolveCollaboration { get; } = new()
    {
        EndedOn = new DateOnly(2022, 12, 31),
        Reason = "Opgeheven bij besluit van de deelnemers; de gemeenten gaan elk met een eigen ambtelijke organisatie verder.",
    };

    public static AssignRoleRequest CreateRole { get; } = new()
    {
        Kind = RoleKind.VoorzitterWerkgroep,
        PersonName = "A. Jansen",
        Organisation = "Gemeente Castricum",
        WorkingGroup = "Personeel en Organisatie",
    };

    /// <summary>A fictional adviser of a fictional bureau, for two years from the start of 2026.</summary>
    public static Requests.Delegations.GrantDelegationRequest CreateDelegation { get; } = new()
    {
        DelegateSubject = "adviseur-e-jansen",
        DelegateName = "E. Jansen",
        Organisation = "Adviesbureau Voorbeeld (fictief)",
        Changes = [Domain.Delegations.DelegatedChange.Roles, Domain.Delegations.DelegatedChange.Evaluations],
        ValidFrom = new DateOnly(2026, 1, 1),
        ValidUntil = new DateOnly(2027, 12, 31),
    };

    public static SetOperatingSinceRequest SetOperatingSince { get; } = new()
    {
        OperatingSince = new DateOnly(2017, 1, 1),
    };

    public static UpdateEvaluationScheduleRequest UpdateEvaluationSchedule { get; } = new()
    {
        EvaluationIntervalYears = 3,
    };

    /// <summary>A fictional self-evaluation against the shipped default framework: every criterion once, one of them not assessed.</summary>
    public static RecordEvaluationRequest RecordEvaluation { get; } = new()
    {
        FrameworkId = EvaluationFrameworkReferenceData.DefaultFrameworkId,
        EvaluatedOn = new DateOnly(2024, 10, 15),
        Kind = EvaluationKind.Zelfevaluatie,
        Evaluator = "Evaluatiebureau Voorbeeld (fictief)",
        Scores =
        [
            new CriterionScoreInput("kwaliteit", Score: 4, Explanation: "Werkprocessen zijn gelijkgetrokken; het aantal fouten is gedaald."),
            new CriterionScoreInput("kwetsbaarheid", Score: 3, Explanation: "Voor de meeste taken is vervanging geregeld, voor enkele specialismen nog niet."),
            new CriterionScoreInput("kosten", Score: 3, Explanation: "De kosten zijn stabiel; de besparing blijft onder wat het bedrijfsplan verwachtte."),
            new CriterionScoreInput("doeltreffendheid", Score: 4, Explanation: "De doelen uit de regeling zijn grotendeels gehaald."),
            new CriterionScoreInput("continuiteit", Score: 4, Explanation: "Uitval van een medewerker legt geen taak meer stil."),
            new CriterionScoreInput("dienstverlening", Score: 4, Explanation: "Inwoners worden sneller geholpen; de klanttevredenheid is gestegen."),
            new CriterionScoreInput("bestuurskracht", Score: 3, Explanation: "De gemeenten zetten de samenwerking nog weinig in voor nieuwe opgaven."),
            new CriterionScoreInput("democratischeLegitimiteit", Score: 2, Explanation: "Raden krijgen de stukken laat en ervaren weinig invloed op de begroting."),
            new CriterionScoreInput("bestuurlijkeDrukte", NietBeoordeeld: true, Reason: "Er is geen meting van de situatie voor de samenwerking om mee te vergelijken."),
        ],
        Findings = "Fictief voorbeeld. De samenwerking levert kwaliteit en continuïteit; de sturing door de raden blijft achter.",
        Recommendations =
        [
            new RecommendationInput("Stel een raadsrapporteur per gemeente aan.", "Griffies"),
            new RecommendationInput("Meet de bestuurlijke drukte voor de volgende evaluatie."),
        ],
    };

    /// <summary>The example evaluation as it really was: an external one, recorded as a self-evaluation by mistake.</summary>
    public static CorrectEvaluationRequest CorrectEvaluation { get; } = new()
    {
        EvaluatedOn = RecordEvaluation.EvaluatedOn,
        Kind = EvaluationKind.Extern,
        Evaluator = RecordEvaluation.Evaluator,
        Scores = RecordEvaluation.Scores,
        Findings = RecordEvaluation.Findings,
        Recommendations = RecordEvaluation.Recommendations,
        Reason = "Onjuist geregistreerd: het was een externe evaluatie.",
    };

    /// <summary>Only what was recorded wrongly, and why.</summary>
    public static Endpoints.DecisionMergePatch PatchDecision { get; } = new()
    {
        Reference = "Raadsbesluit 2016-043",
        Reason = "Onjuist geregistreerd: verkeerd raadsbesluitnummer.",
    };

    public static Endpoints.RoleMergePatch PatchRole { get; } = new()
    {
        Organisation = "Werkorganisatie BUCH",
        Reason = "Onjuist geregistreerd: de werkorganisatie, niet de gemeente.",
    };

    public static Endpoints.EvaluationMergePatch PatchEvaluation { get; } = new()
    {
        Kind = EvaluationKind.Extern,
        Reason = "Onjuist geregistreerd: het was een externe evaluatie.",
    };

    public static Endpoints.DevelopmentActivityMergePatch PatchDevelopmentActivity { get; } = new()
    {
        Title = "Masterclass Sturen op samenwerking voor raadsleden",
        Reason = "Onjuist geregistreerd: typfout in de titel.",
    };

    public static CorrectDevelopmentActivityRequest CorrectDevelopmentActivity { get; } = new()
    {
        Kind = DevelopmentActivityKind.Masterclass,
        Title = "Masterclass Sturen op samenwerking voor raadsleden (fictief voorbeeld)",
        HeldOn = new DateOnly(2024, 11, 7),
        AttendeeCount = 21,
        Status = DevelopmentActivityStatus.Gehouden,
        Notes = "Naar aanleiding van de aanbevelingen uit de zelfevaluatie.",
        Reason = "Onjuist geregistreerd: 21 deelnemers, niet 24.",
    };

    public static RecordDevelopmentActivityRequest RecordDevelopmentActivity { get; } = new()
    {
        Kind = DevelopmentActivityKind.Masterclass,
        Title = "Masterclass Sturen op samenwerking voor raadsleden (fictief voorbeeld)",
        HeldOn = new DateOnly(2024, 11, 7),
        AttendeeCount = 24,
        Notes = "Naar aanleiding van de aanbevelingen uit de zelfevaluatie.",
    };

    public static SetDevelopmentActivityStatusRequest SetDevelopmentActivityStatus { get; } = new()
    {
        Status = DevelopmentActivityStatus.Gehouden,
        AttendeeCount = 18,
        Attendance = [new MunicipalAttendanceInput { MunicipalityCode = "GM0489", AttendeeCount = 9 }],
    };

    /// <summary>A real one: on 1 January 2019 Haren and Ten Boer went into Groningen.</summary>
    public static HerindelingRequest Herindeling { get; } = new()
    {
        EffectiveOn = new DateOnly(2019, 1, 1),
        EndingMunicipalityCodes = ["GM0017", "GM0009"],
        SuccessorCode = "GM0014",
    };

    /// <summary>Next year's herindeling before a release ships it (fictional codes): a new municipality, and two that end in it.</summary>
    public static ImportMunicipalityRecordsRequest ImportMunicipalityRecords { get; } = new()
    {
        Records =
        [
            new MunicipalityRecordInput { Code = "GM9990", Name = "Voorbeeldland (fictief)", ProvinceCode = "PV26", ProvinceName = "Utrecht", ValidFrom = new DateOnly(2028, 1, 1) },
            new MunicipalityRecordInput
            {
                Code = "GM9991", Name = "Oud-Voorbeeld (fictief)", ProvinceCode = "PV26", ProvinceName = "Utrecht", ValidFrom = new DateOnly(2020, 1, 1),
                ValidTo = new DateOnly(2028, 1, 1), SuccessorCode = "GM9990",
            },
        ],
    };

    /// <summary>A fictional consultancy's own lens: a framework users add next to the shipped ones.</summary>
    public static CreateEvaluationFrameworkRequest CreateEvaluationFramework { get; } = new()
    {
        Name = "Samenwerkingslens Adviesbureau Voorbeeld (fictief)",
        Description = "De lens van een (fictief) adviesbureau: kijkt naar de samenwerking zelf, niet alleen naar wat zij oplevert.",
        Criteria = SamenwerkingslensCriteria,
    };

    /// <summary>The same framework with its name and description corrected; its criteria sent as they are, as they must be once in use.</summary>
    public static UpdateEvaluationFrameworkRequest UpdateEvaluationFramework { get; } = new()
    {
        Name = "Samenwerkingslens van Adviesbureau Voorbeeld (fictief)",
        Description = "De lens van een (fictief) adviesbureau: kijkt naar de samenwerking zelf (ambitie, vertrouwen, rollen en leren), " +
                      "niet alleen naar wat zij oplevert.",
        Criteria = SamenwerkingslensCriteria,
    };

    private static IReadOnlyList<CriterionInput> SamenwerkingslensCriteria =>
    [
        new("gedeeldeAmbitie", "Gedeelde ambitie", "Of de deelnemers hetzelfde willen bereiken en dat ook uitspreken."),
        new("vertrouwen", "Vertrouwen", "Of bestuurders en ambtenaren elkaar vertrouwen en afspraken nakomen."),
        new("rolduidelijkheid", "Rolduidelijkheid", "Of eigenaar, opdrachtgever en opdrachtnemer weten wat van hen wordt verwacht."),
        new("lerendVermogen", "Lerend vermogen", "Of de samenwerking evalueert en haar werkwijze daarop aanpast."),
    ];
}
