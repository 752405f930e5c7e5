using System.Reflection;

namespace Samenwerking.Domain.Rules;

/// <summary>
/// The catalogue of every business rule that can refuse a change: find a rule here by the code at the end
/// of its problem <c>type</c> (<c>urn:samenwerking:problem:&lt;code&gt;</c>). An entry's code is part of the
/// contract: add entries, never rename one. Throw with <c>Refusals.X.Because(new Text("…", "…"), facts)</c>;
/// the API maps every refusal to HTTP in one place (<c>ProblemExceptionHandler</c>).
/// </summary>
public static class Refusals
{
    // Phases

    public static readonly Refusal PhaseTransitionNotAllowed = Conflict("phase-transition-not-allowed",
        "Only the next phase is allowed", "Alleen de volgende fase is toegestaan",
        Fact.Phase("currentPhase"), Fact.Phase("requestedPhase"), Fact.Phase("allowedNextPhase", nullable: true));

    public static readonly Refusal ExitRulesNotMet = Conflict("exit-rules-not-met",
        "The current phase cannot end yet", "De huidige fase kan nog niet worden afgesloten",
        Fact.Phase("currentPhase"), Fact.UnmetRules("unmetRules"));

    public static readonly Refusal EffectiveDateBeforePhaseStart = Conflict("effective-date-before-phase-start",
        "Transition dated before the phase began", "Overgang gedateerd vóór het begin van de fase",
        Fact.Date("currentPhaseStartedOn"));

    public static readonly Refusal RegistrationIncomplete = Conflict("registration-incomplete",
        "Facts missing to register in this phase", "Gegevens ontbreken om in deze fase te registreren",
        Fact.Phase("phase"));

    public static readonly Refusal RegisterEntryIncomplete = Conflict("register-entry-incomplete",
        "The register entry lacks what the law requires", "De registerinschrijving mist wat de wet vereist",
        Fact.RegisterFields("missingFields"));

    public static readonly Refusal OperatingSinceNotEditable = Conflict("operating-since-not-editable",
        "The operating date is set during implementatie", "De startdatum wordt vastgelegd tijdens implementatie",
        Fact.Phase("currentPhase"));

    public static readonly Refusal DatedInTheFuture = Conflict("dated-in-the-future",
        "Dated in the future", "Gedateerd in de toekomst");

    // Collaborations

    public static readonly Refusal DuplicateName = Conflict("duplicate-name",
        "Name already in use", "Naam is al in gebruik",
        Fact.Id("existingId", always: false), Fact.ResourceName("existingName", always: false));

    public static readonly Refusal DeletionNotAllowed = Conflict("deletion-not-allowed",
        "Only collaborations in verkenning can be deleted", "Alleen samenwerkingen in verkenning kunnen worden verwijderd",
        Fact.Phase("currentPhase"));

    // Participants

    public static readonly Refusal MunicipalityNotInForce = Conflict("municipality-not-in-force",
        "Municipality not in force on the join date", "Gemeente bestaat niet op de datum van toetreding",
        Fact.MunicipalityCode("municipalityCode"), Fact.Date("joinedOn"));

    public static readonly Refusal DuplicateParticipant = Conflict("duplicate-participant",
        "Municipality already takes part", "Gemeente neemt al deel",
        Fact.MunicipalityCode("municipalityCode"));

    public static readonly Refusal CentrumgemeenteAlreadyAssigned = Conflict("centrumgemeente-already-assigned",
        "There is already a centrumgemeente", "Er is al een centrumgemeente",
        Fact.MunicipalityCode("municipalityCode"));

    public static readonly Refusal ParticipantRemovalNotAllowed = Conflict("participant-removal-not-allowed",
        "Participants can only be removed during verkenning", "Deelnemers kunnen alleen tijdens verkenning worden verwijderd",
        Fact.Phase("currentPhase"));

    public static readonly Refusal LastParticipant = Conflict("last-participant",
        "A collaboration keeps at least one participant", "Een samenwerking houdt minstens één deelnemer");

    public static readonly Refusal WithdrawalNotApplicable = Conflict("withdrawal-not-applicable",
        "Withdrawal applies from voorbereiding on", "Uittreding geldt vanaf voorbereiding",
        Fact.Phase("currentPhase"));

    public static readonly Refusal ParticipantAlreadyLeft = Conflict("participant-already-left",
        "Participant already left", "Deelnemer is al uitgetreden");

    public static readonly Refusal WithdrawalBeforeJoining = Conflict("withdrawal-before-joining",
        "Withdrawal before joining", "Uittreding vóór toetreding");

    // Decisions

    public static readonly Refusal NotAnActiveParticipant = Conflict("not-an-active-participant",
        "Decision of a municipality that does not take part", "Besluit van een gemeente die niet deelneemt",
        Fact.MunicipalityCode("municipalityCode"));

    public static readonly Refusal DecisionBodyMismatch = Conflict("decision-body-mismatch",
        "This body does not take this kind of decision", "Dit orgaan neemt dit soort besluit niet");

    // Evaluations and development

    public static readonly Refusal EvaluationRequiresDoorontwikkeling = Conflict("evaluation-requires-doorontwikkeling",
        "Evaluations belong to doorontwikkeling", "Evaluaties horen bij doorontwikkeling",
        Fact.Phase("currentPhase"));

    /// <summary>No longer raised: learning is planned and recorded in any phase since issue 24. Kept, as codes are never removed.</summary>
    public static readonly Refusal DevelopmentActivityRequiresDoorontwikkeling = Conflict("development-activity-requires-doorontwikkeling",
        "Development activities belong to doorontwikkeling", "Ontwikkelactiviteiten horen bij doorontwikkeling",
        Fact.Phase("currentPhase"));

    public static readonly Refusal DatedBeforeOperatingSince = Conflict("dated-before-operating-since",
        "Dated before the collaboration started operating", "Gedateerd vóór de start van de samenwerking",
        Fact.Date("operatingSince"));

    public static readonly Refusal ScoreSheetIncomplete = Conflict("score-sheet-incomplete",
        "The score sheet does not fit the framework", "Het scoreformulier past niet bij het kader");

    public static readonly Refusal FrameworkInUse = Conflict("framework-in-use",
        "The framework's criteria are in use", "De criteria van het kader zijn in gebruik",
        Fact.Id("frameworkId"));

    public static readonly Refusal DuplicateFrameworkName = Conflict("duplicate-framework-name",
        "Framework name already in use", "Naam van het kader is al in gebruik",
        Fact.Id("existingId", always: false), Fact.ResourceName("existingName", always: false));

    // Herindeling (municipal mergers) and the reference data behind them

    public static readonly Refusal MunicipalityDoesNotEnd = Conflict("municipality-does-not-end",
        "The reference data does not end this municipality on that date", "Volgens de referentiegegevens eindigt deze gemeente niet op die datum",
        Fact.MunicipalityCode("municipalityCode"), Fact.Date("effectiveOn"));

    public static readonly Refusal SuccessorNotInForce = Conflict("successor-not-in-force",
        "The successor does not exist on that date", "De opvolger bestaat niet op die datum",
        Fact.MunicipalityCode("successorCode"), Fact.Date("effectiveOn"));

    public static readonly Refusal SuccessorDiffers = Conflict("successor-differs",
        "The reference data names another successor", "De referentiegegevens noemen een andere opvolger",
        Fact.MunicipalityCode("municipalityCode"), Fact.MunicipalityCode("successorCode"));

    public static readonly Refusal HerindelingNotYetInEffect = Conflict("herindeling-not-yet-in-effect",
        "The herindeling takes effect in the future", "De herindeling gaat pas in de toekomst in",
        Fact.Date("effectiveOn"));

    // Learning (trainings, masterclasses, leergangen, intervisie)

    public static readonly Refusal DevelopmentActivityNotPlanned = Conflict("development-activity-not-planned",
        "Only a planned activity can be held or cancelled", "Alleen een geplande activiteit kan worden gehouden of geannuleerd");

    public static readonly Refusal AttendanceOfNonParticipant = Conflict("attendance-of-non-participant",
        "Attendance of a municipality that does not take part", "Aanwezigheid van een gemeente die niet deelneemt",
        Fact.MunicipalityCode("municipalityCode"));

    // Webhook subscriptions

    public static readonly Refusal SubscriptionNotFailing = Conflict("subscription-not-failing",
        "Only a failing subscription can be reactivated", "Alleen een falend abonnement kan opnieuw worden geactiveerd");

    public static readonly Refusal RedeliveryPastFeedEnd = Conflict("redelivery-past-feed-end",
        "The cursor lies past the end of the feed", "De cursor ligt voorbij het einde van de feed",
        Fact.Cursor("feedEnd"));

    // Corrections

    public static readonly Refusal CorrectionBreaksExitRule = Conflict("correction-breaks-exit-rule",
        "The correction breaks an exit rule of a phase already left", "De correctie breekt een afrondingsregel van een afgesloten fase",
        Fact.Phase("phase"), Fact.UnmetRules("unmetRules"));

    public static readonly Refusal TransitionRevertNotAllowed = Conflict("transition-revert-not-allowed",
        "Only the last phase transition can be reverted", "Alleen de laatste faseovergang kan worden teruggedraaid",
        Fact.Phase("currentPhase"));

    // Dissolution

    public static readonly Refusal CollaborationEnded = Conflict("collaboration-ended",
        "The collaboration has ended", "De samenwerking is beëindigd",
        Fact.Date("endedOn"));

    public static readonly Refusal DissolutionNotApplicable = Conflict("dissolution-not-applicable",
        "Only an operating collaboration is dissolved", "Alleen een werkende samenwerking wordt opgeheven",
        Fact.Phase("currentPhase"));

    public static readonly Refusal DissolutionDecisionsMissing = Conflict("dissolution-decisions-missing",
        "Decisions to dissolve are missing", "Besluiten tot opheffing ontbreken",
        Fact.MunicipalityCodes("undecidedMunicipalities"));

    public static readonly Refusal WithdrawalLeavesOneParticipant = Conflict("withdrawal-leaves-one-participant",
        "An operating collaboration keeps at least two participants", "Een werkende samenwerking houdt minstens twee deelnemers",
        Fact.Phase("currentPhase"));

    // Who may do it (see Authorization/)

    public static readonly Refusal NotAParticipatingMunicipality = Forbidden("not-a-participating-municipality",
        "Your municipality does not take part", "Uw gemeente neemt niet deel",
        Fact.MunicipalityCodes("requiredMunicipalities"), Fact.MunicipalityCodes("yourMunicipalities"));

    public static readonly Refusal NotYourMunicipality = Forbidden("not-your-municipality",
        "Not your municipality's decision", "Niet het besluit van uw gemeente",
        Fact.MunicipalityCode("requiredMunicipality"), Fact.MunicipalityCodes("yourMunicipalities"));

    public static readonly Refusal AdministratorsOnly = Forbidden("administrators-only",
        "Administrators only", "Alleen voor beheerders");

    // Delegations (issue 29): a person acting for a municipality on one collaboration.

    public static readonly Refusal NotDelegatedForChange = Forbidden("not-delegated-for-change",
        "Not delegated for this change", "Niet gemachtigd voor deze wijziging",
        Fact.Id("collaborationId"), Fact.DelegatedChange("requestedChange"), Fact.DelegatedChanges("delegatedChanges"));

    public static readonly Refusal DelegationEnded = Forbidden("delegation-ended",
        "Your delegation has ended", "Uw machtiging is beëindigd",
        Fact.Id("collaborationId"), Fact.Id("delegationId"), Fact.Date("endedOn"), Fact.MunicipalityCode("grantedBy"));

    public static readonly Refusal GrantingMunicipalityRequired = Conflict("granting-municipality-required",
        "Name the municipality that grants the delegation", "Noem de gemeente die de machtiging verleent",
        Fact.MunicipalityCodes("activeParticipants"));

    /// <summary>Every entry, for the catalogue's own tests and for documentation.</summary>
    public static IReadOnlyList<Refusal> All { get; } = typeof(Refusals)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(Refusal))
        .Select(f => (Refusal)f.GetValue(null)!)
        .ToList();

    /// <summary>
    /// Entries no rule raises any more, kept because a code is never removed: clients may still switch on it. No operation
    /// lists them in the contract.
    /// </summary>
    public static IReadOnlyList<Refusal> NoLongerRaised { get; } = [DevelopmentActivityRequiresDoorontwikkeling];

    /// <summary>The entry with this code, or null.</summary>
    public static Refusal? Find(string code) => All.FirstOrDefault(r => r.Code == code);

    private static Refusal Conflict(string code, string english, string dutch, params Fact[] facts) =>
        new(code, RefusalKind.Conflict, english, dutch) { Facts = facts };

    private static Refusal Forbidden(string code, string english, string dutch, params Fact[] facts) =>
        new(code, RefusalKind.Forbidden, english, dutch) { Facts = facts };
}
