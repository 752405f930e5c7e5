namespace Samenwerking.Api.ClientTests.Scenarios;

/// <summary>
/// A collaboration's whole life through the generated client: verkenning, voorbereiding with the Wgr
/// decisions of both municipalities, implementatie with a projectleider and an operating date, and on to
/// doorontwikkeling; a premature transition is a typed 409 naming the rules that do not hold.
/// </summary>
public sealed class PhaseScenario(ApiFactory api) : ClientScenario(api)
{
    // Yesterday is never in the future, whatever the time zones of the test machine and the API.
    private static readonly DateOnly Yesterday = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);

    [Fact]
    public async Task Through_all_four_phases()
    {
        var created = await Writer.CreateCollaborationAsync(new CreateCollaborationRequest
        {
            Name = UniqueName("Werkorganisatie Druten-Wijchen"),
            Participants =
            [
                new ParticipantInput { MunicipalityCode = "GM0225", Role = ParticipantRole.Deelnemer },
                new ParticipantInput { MunicipalityCode = "GM0296", Role = ParticipantRole.Deelnemer },
            ],
        });
        var id = created.Result.Id;
        var etag = ETagOf(created);

        var early = await Reader.GetReadinessAsync(id);
        Assert.False(early.Result.Ready);
        Assert.Equal(Phase.Voorbereiding, early.Result.NextPhase);
        Assert.Contains(early.Result.Rules, rule => rule is { Code: ExitRuleCode.TaskTypesChosen, Met: false });

        var decided = await Writer.UpdateCollaborationAsync(id, etag, AllDimensionsOf(created.Result.Name));
        etag = ETagOf(decided);

        etag = await MoveToAsync(id, etag, Phase.Voorbereiding, "Beide raden willen verder met één werkorganisatie.");
        foreach (var municipality in new[] { "GM0225", "GM0296" })
        {
            etag = await DecideAsync(id, etag, municipality, DecisionBody.Raad, DecisionKind.Toestemming);
            etag = await DecideAsync(id, etag, municipality, DecisionBody.College, DecisionKind.BesluitTotDeelname);
        }

        etag = await MoveToAsync(id, etag, Phase.Implementatie, "Toestemming en besluiten van beide gemeenten zijn genomen.");
        var lead = await Writer.CreateRoleAsync(id, new AssignRoleRequest
        {
            Kind = RoleKind.Projectleider, PersonName = "P. de Boer", Organisation = "Gemeente Wijchen",
        }, if_Match: etag);
        Assert.Equal(Phase.Implementatie, lead.Result.AssignedInPhase);
        var operating = await Writer.SetOperatingSinceAsync(id, ETagOf(lead), new SetOperatingSinceRequest { OperatingSince = Yesterday });
        etag = ETagOf(operating);

        await MoveToAsync(id, etag, Phase.Doorontwikkeling, "De werkorganisatie draait.");

        var phases = (await Reader.ListPhasesAsync(id)).Result.Items;
        Assert.Equal([PhaseStatus.Completed, PhaseStatus.Completed, PhaseStatus.Completed, PhaseStatus.Current], phases.Select(p => p.Status));
        Assert.Equal(3, (await Reader.ListPhaseTransitionsAsync(id)).Result.Items.Count);
        Assert.Null((await Reader.GetReadinessAsync(id)).Result.NextPhase);
    }

    [Fact]
    public async Task A_premature_transition_is_a_typed_409_naming_the_unmet_rules()
    {
        var created = await Writer.CreateCollaborationAsync(new CreateCollaborationRequest
        {
            Name = UniqueName("A2-samenwerking"),
            Participants = [new ParticipantInput { MunicipalityCode = "GM1706", Role = ParticipantRole.Deelnemer }],
        });

        var problem = await ProblemFrom<ExitRulesNotMetProblem>(
            () => Writer.CreatePhaseTransitionAsync(created.Result.Id, ETagOf(created),
                new TransitionPhaseRequest { To = Phase.Voorbereiding, Rationale = "Te vroeg." }),
            409, ProblemType.Conflict("exit-rules-not-met"));

        // The facts are typed members of the problem's own class, the rule codes an enumeration.
        Assert.Equal(Phase.Verkenning, problem.CurrentPhase);
        Assert.Equal(ExitRuleCode.AtLeastTwoParticipants, problem.UnmetRules[0].Code);
        Assert.All(problem.UnmetRules, rule => Assert.False(rule.Met));
        Assert.Contains("two", problem.Detail, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Another_refusal_of_the_same_operation_reads_as_its_own_typed_problem()
    {
        var created = await Writer.CreateCollaborationAsync(new CreateCollaborationRequest
        {
            Name = UniqueName("Sprong-samenwerking"),
            Participants = [new ParticipantInput { MunicipalityCode = "GM1706", Role = ParticipantRole.Deelnemer }],
        });

        var problem = await ProblemFrom<PhaseTransitionNotAllowedProblem>(
            () => Writer.CreatePhaseTransitionAsync(created.Result.Id, ETagOf(created),
                new TransitionPhaseRequest { To = Phase.Implementatie, Rationale = "Een fase overslaan." }),
            409, ProblemType.Conflict("phase-transition-not-allowed"));

        Assert.Equal(Phase.Verkenning, problem.CurrentPhase);
        Assert.Equal(Phase.Implementatie, problem.RequestedPhase);
        Assert.Equal(Phase.Voorbereiding, problem.AllowedNextPhase);
    }

    [Fact]
    public async Task The_checklist_names_missing_decisions_and_prerequisites_as_data()
    {
        var created = await Writer.CreateCollaborationAsync(new CreateCollaborationRequest
        {
            Name = UniqueName("Besluiten-samenwerking"),
            Participants =
            [
                new ParticipantInput { MunicipalityCode = "GM0225", Role = ParticipantRole.Deelnemer },
                new ParticipantInput { MunicipalityCode = "GM0296", Role = ParticipantRole.Deelnemer },
            ],
        });
        var decided = await Writer.UpdateCollaborationAsync(created.Result.Id, ETagOf(created), AllDimensionsOf(created.Result.Name));
        var etag = await MoveToAsync(created.Result.Id, ETagOf(decided), Phase.Voorbereiding, "Verder met de voorbereiding.");
        await DecideAsync(created.Result.Id, etag, "GM0225", DecisionBody.Raad, DecisionKind.Toestemming);

        var decisions = (await Reader.GetReadinessAsync(created.Result.Id)).Result.Rules
            .Single(rule => rule.Code == ExitRuleCode.RequiredDecisionsRecorded);

        Assert.False(decisions.Met);
        Assert.Equal([ExitRuleCode.LegalFormConsistent], decisions.WaitsFor);
        Assert.Equal(
            [("GM0225", DecisionKind.BesluitTotDeelname), ("GM0296", DecisionKind.Toestemming), ("GM0296", DecisionKind.BesluitTotDeelname)],
            decisions.MissingDecisions.Select(m => (m.MunicipalityCode, m.DecisionKind)));
    }

    private async Task<string> MoveToAsync(Guid id, string etag, Phase to, string rationale)
    {
        var readiness = (await Reader.GetReadinessAsync(id)).Result;
        Assert.True(readiness.Ready, string.Join(" ", readiness.Rules.Where(r => !r.Met).Select(r => r.Detail)));

        var moved = await Writer.CreatePhaseTransitionAsync(id, etag, new TransitionPhaseRequest { To = to, Rationale = rationale });
        Assert.Equal(201, moved.StatusCode);
        Assert.Equal(to, moved.Result.To);
        return ETagOf(moved);
    }

    private async Task<string> DecideAsync(Guid id, string etag, string municipality, DecisionBody body, DecisionKind kind)
    {
        var recorded = await Writer.CreateDecisionAsync(id, new RecordDecisionRequest
        {
            MunicipalityCode = municipality, Body = body, Kind = kind, DecidedOn = Yesterday, Outcome = DecisionOutcome.Positief,
        }, if_Match: etag);
        return ETagOf(recorded);
    }

    private static UpdateCollaborationRequest AllDimensionsOf(string name) => new()
    {
        Name = name,
        TaskTypes = [TaskType.Beleid, TaskType.Uitvoering, TaskType.Bedrijfsvoering],
        TaskScope = TaskScope.Alle,
        GovernanceLevel = GovernanceLevel.Strategisch,
        OrganisationForm = new OrganisationFormInput { Novelty = Novelty.Nieuw, Multiplicity = Multiplicity.Een, Structure = Structure.Centraal },
        LegalForm = new LegalFormInput { Kind = LegalKind.Publiekrechtelijk, Instrument = LegalInstrument.Bedrijfsvoeringsorganisatie },
        Initiative = Initiative.Vrijwillig,
        Register = new RegisterEntryInput
    {
        CitationTitle = "Gemeenschappelijke regeling Voorbeeld (fictief)",
        Purpose = "Samen de bedrijfsvoering uitvoeren.",
        InForceSince = new DateOnly(2017, 1, 1),
        PublicationUrl = "https://lokaleregelgeving.overheid.nl/CVDR000001",
        Seat = new SeatInput { Address = "Voorbeeldstraat 1", Place = "Voorbeeldstad" },
    },
    };
}
