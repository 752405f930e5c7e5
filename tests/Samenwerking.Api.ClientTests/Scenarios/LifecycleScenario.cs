namespace Samenwerking.Api.ClientTests.Scenarios;

/// <summary>
/// The end of a collaboration's life through the generated client: a decision recorded wrongly is corrected (and one
/// that voorbereiding needed cannot be withdrawn: a typed 409 naming the rule), and an operating regeling is dissolved
/// once every participant decided to, after which lists leave it out unless asked.
/// </summary>
public sealed class LifecycleScenario(ApiFactory api) : ClientScenario(api)
{
    // Yesterday is never in the future, whatever the time zones of the test machine and the API.
    private static readonly DateOnly Yesterday = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);

    private static readonly string[] Municipalities = ["GM0225", "GM0296"];

    [Fact]
    public async Task Correct_a_decision_and_hear_which_exit_rule_a_withdrawal_would_break()
    {
        var (id, etag) = await InImplementatieAsync("Correctie-samenwerking");
        var toestemming = (await Reader.ListDecisionsAsync(id)).Result.Items.First(d => d.Kind == DecisionKind.Toestemming);

        var corrected = await Writer.CorrectDecisionAsync(id, toestemming.Id, etag, new CorrectDecisionRequest
        {
            Body = DecisionBody.Raad, Kind = DecisionKind.Toestemming, DecidedOn = Yesterday, Outcome = DecisionOutcome.Positief,
            Reference = "Raadsbesluit 2024-043", Reason = "Onjuist geregistreerd: verkeerd raadsbesluitnummer.",
        });
        Assert.Equal("Raadsbesluit 2024-043", corrected.Result.Reference);

        var problem = await ProblemFrom<CorrectionBreaksExitRuleProblem>(
            () => Writer.WithdrawDecisionAsync(id, toestemming.Id, "onjuist geregistreerd", ETagOf(corrected)),
            409, ProblemType.Conflict("correction-breaks-exit-rule"));
        Assert.Equal(Phase.Voorbereiding, problem.Phase);
        Assert.Equal(ExitRuleCode.RequiredDecisionsRecorded, Assert.Single(problem.UnmetRules).Code);
    }

    [Fact]
    public async Task Dissolve_a_regeling_once_every_participant_decided_to()
    {
        var (id, etag) = await InImplementatieAsync("Opheffing-samenwerking");

        var missing = await ProblemFrom<DissolutionDecisionsMissingProblem>(
            () => Writer.DissolveCollaborationAsync(id, etag, new DissolveCollaborationRequest { EndedOn = Yesterday, Reason = "Opgeheven." }),
            409, ProblemType.Conflict("dissolution-decisions-missing"));
        Assert.Equal(Municipalities, missing.UndecidedMunicipalities);

        foreach (var municipality in Municipalities)
        {
            etag = await DecideAsync(id, etag, municipality, DecisionBody.Raad, DecisionKind.ToestemmingTotOpheffing);
            etag = await DecideAsync(id, etag, municipality, DecisionBody.College, DecisionKind.BesluitTotOpheffing);
        }

        var ended = await Writer.DissolveCollaborationAsync(id, etag, new DissolveCollaborationRequest
        {
            EndedOn = Yesterday, Reason = "De gemeenten gaan elk met een eigen ambtelijke organisatie verder.",
        });
        Assert.Equal((Yesterday, Phase.Implementatie), (ended.Result.EndedOn, ended.Result.Phase));

        var listed = (await Reader.ListCollaborationsAsync(municipality: "GM0225", pageSize: 100)).Result.Items;
        var listedWithEnded = (await Reader.ListCollaborationsAsync(municipality: "GM0225", pageSize: 100, includeEnded: true)).Result.Items;
        Assert.DoesNotContain(listed, c => c.Id == id);
        Assert.Equal(Yesterday, listedWithEnded.Single(c => c.Id == id).EndedOn);
        await ProblemFrom<CollaborationEndedProblem>(
            () => Writer.CreateRoleAsync(id, new AssignRoleRequest { Kind = RoleKind.Adviseur, PersonName = "A. Adviseur", Organisation = "Gemeente Druten" },
                if_Match: ETagOf(ended)),
            409, ProblemType.Conflict("collaboration-ended"));
    }

    private async Task<(Guid Id, string ETag)> InImplementatieAsync(string name)
    {
        var created = await Writer.CreateCollaborationAsync(new CreateCollaborationRequest
        {
            Name = UniqueName(name),
            Participants =
            [
                new ParticipantInput { MunicipalityCode = Municipalities[0], Role = ParticipantRole.Deelnemer },
                new ParticipantInput { MunicipalityCode = Municipalities[1], Role = ParticipantRole.Deelnemer },
            ],
        });
        var id = created.Result.Id;
        var decided = await Writer.UpdateCollaborationAsync(id, ETagOf(created), new UpdateCollaborationRequest
        {
            Name = created.Result.Name,
            TaskTypes = [TaskType.Bedrijfsvoering],
            TaskScope = TaskScope.Alle,
            GovernanceLevel = GovernanceLevel.Operationeel,
            OrganisationForm = new OrganisationFormInput { Novelty = Novelty.Nieuw, Multiplicity = Multiplicity.Een, Structure = Structure.Centraal },
            LegalForm = new LegalFormInput { Kind = LegalKind.Publiekrechtelijk, Instrument = LegalInstrument.Bedrijfsvoeringsorganisatie },
            Initiative = Initiative.Vrijwillig,
        });
        var etag = await MoveToAsync(id, ETagOf(decided), Phase.Voorbereiding);
        foreach (var municipality in Municipalities)
        {
            etag = await DecideAsync(id, etag, municipality, DecisionBody.Raad, DecisionKind.Toestemming);
            etag = await DecideAsync(id, etag, municipality, DecisionBody.College, DecisionKind.BesluitTotDeelname);
        }

        etag = await MoveToAsync(id, etag, Phase.Implementatie);
        var operating = await Writer.SetOperatingSinceAsync(id, etag, new SetOperatingSinceRequest { OperatingSince = Yesterday });
        return (id, ETagOf(operating));
    }

    private async Task<string> MoveToAsync(Guid id, string etag, Phase to)
    {
        var moved = await Writer.CreatePhaseTransitionAsync(id, etag, new TransitionPhaseRequest { To = to, Rationale = $"Naar {to}." });
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
}
