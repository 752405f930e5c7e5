using Microsoft.Kiota.Abstractions;

namespace Samenwerking.Api.KiotaClientTests.Scenarios;

/// <summary>
/// Refusals through Kiota's generated exception classes: each 409 and 403 is thrown as the class its `type` names, with
/// its facts as typed members, and a stale 412 carries the current ETag.
/// </summary>
public sealed class TypedProblemScenario(ApiFactory api) : KiotaScenario(api)
{
    [Fact]
    public async Task A_premature_transition_throws_the_exit_rules_problem_with_the_unmet_rules_and_missing_decisions()
    {
        var headers = Headers();
        var created = await Writer.Collaborations.PostAsync(new CreateCollaborationRequest
        {
            Name = UniqueName("Werkorganisatie Druten-Wijchen"),
            Participants = [Participant("GM0225"), Participant("GM0296")],
        }, c => c.Options.Add(headers));
        var collaboration = Writer.Collaborations[created!.Id!.Value];

        var early = await Assert.ThrowsAsync<ExitRulesNotMetProblem>(() => collaboration.PhaseTransitions.PostAsync(
            new TransitionPhaseRequest { To = Phase.Voorbereiding, Rationale = "Te vroeg." }, c => c.Headers.Add("If-Match", ETagOf(headers))));
        Assert.Equal(409, early.ResponseStatusCode);
        Assert.Equal(ProblemType.Conflict("exit-rules-not-met"), early.Type);
        Assert.Equal(Phase.Verkenning, early.CurrentPhase);
        Assert.Contains(early.UnmetRules!, rule => rule is { Code: ExitRuleCode.TaskTypesChosen, Met: false });

        // In voorbereiding without the councils' and colleges' decisions: the rule names each missing one.
        var decided = Headers();
        await collaboration.PutAsync(AllDimensionsOf(created.Name!), c =>
        {
            c.Headers.Add("If-Match", ETagOf(headers));
            c.Options.Add(decided);
        });
        var moved = Headers();
        await collaboration.PhaseTransitions.PostAsync(new TransitionPhaseRequest { To = Phase.Voorbereiding, Rationale = "Verder." }, c =>
        {
            c.Headers.Add("If-Match", ETagOf(decided));
            c.Options.Add(moved);
        });
        var decisions = await Assert.ThrowsAsync<ExitRulesNotMetProblem>(() => collaboration.PhaseTransitions.PostAsync(
            new TransitionPhaseRequest { To = Phase.Implementatie, Rationale = "Te vroeg." }, c => c.Headers.Add("If-Match", ETagOf(moved))));
        var missing = Assert.Single(decisions.UnmetRules!, rule => rule.Code == ExitRuleCode.RequiredDecisionsRecorded).MissingDecisions!;
        Assert.Equal(
            [("GM0225", DecisionKind.Toestemming), ("GM0225", DecisionKind.BesluitTotDeelname), ("GM0296", DecisionKind.Toestemming), ("GM0296", DecisionKind.BesluitTotDeelname)],
            missing.Select(m => (m.MunicipalityCode, m.DecisionKind)).Order());
    }

    [Fact]
    public async Task A_change_by_an_outsider_throws_the_403_naming_the_municipalities_that_may()
    {
        var headers = Headers();
        var created = await Writer.Collaborations.PostAsync(new CreateCollaborationRequest
        {
            Name = UniqueName("Dienst Dommelvallei"),
            Participants = [Participant("GM1771")],
        }, c => c.Options.Add(headers));

        var forbidden = await Assert.ThrowsAsync<NotParticipatingMunicipalityProblem>(() => Outsider.Collaborations[created!.Id!.Value].PutAsync(
            new UpdateCollaborationRequest { Name = UniqueName("Overgenomen") }, c => c.Headers.Add("If-Match", ETagOf(headers))));

        Assert.Equal(403, forbidden.ResponseStatusCode);
        Assert.Equal(["GM1771"], forbidden.RequiredMunicipalities);
        Assert.Equal(["GM0363"], forbidden.YourMunicipalities);
    }

    [Fact]
    public async Task A_change_based_on_a_stale_version_throws_412_with_the_current_ETag_and_a_merge_patch_applies()
    {
        var headers = Headers();
        var created = await Writer.Collaborations.PostAsync(new CreateCollaborationRequest
        {
            Name = UniqueName("Ferm Werk"),
            Description = "Werk en inkomen",
            Participants = [Participant("GM0489")],
        }, c => c.Options.Add(headers));
        var collaboration = Writer.Collaborations[created!.Id!.Value];

        // A JSON Merge Patch: only the members sent change; the description stays.
        var patched = Headers();
        var renamed = await collaboration.PatchAsync(new CollaborationMergePatch { Name = UniqueName("Ferm Werk hernoemd") }, c =>
        {
            c.Headers.Add("If-Match", ETagOf(headers));
            c.Options.Add(patched);
        });
        Assert.StartsWith("Ferm Werk hernoemd", renamed!.Name, StringComparison.Ordinal);
        Assert.Equal("Werk en inkomen", renamed.Description);

        var stale = await Assert.ThrowsAsync<ProblemDetails>(() => collaboration.PatchAsync(
            new CollaborationMergePatch { Description = "Gebaseerd op een oude versie" }, c => c.Headers.Add("If-Match", ETagOf(headers))));
        Assert.Equal(412, stale.ResponseStatusCode);
        Assert.Equal(ProblemType.PreconditionFailed, stale.Type);
        Assert.Equal(ETagOf(patched), stale.ResponseHeaders["ETag"].Single());
    }

    private static ParticipantInput Participant(string code) => new() { MunicipalityCode = code, Role = ParticipantRole.Deelnemer };

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
            InForceSince = new Date(2017, 1, 1),
            PublicationUrl = "https://lokaleregelgeving.overheid.nl/CVDR000001",
            Seat = new SeatInput { Address = "Voorbeeldstraat 1", Place = "Voorbeeldstad" },
        },
    };
}
