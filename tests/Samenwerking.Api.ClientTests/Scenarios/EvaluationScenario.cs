namespace Samenwerking.Api.ClientTests.Scenarios;

/// <summary>
/// Doorontwikkeling through the generated client: find the shipped default framework, register a collaboration
/// that already operates, find it among those overdue for an evaluation, record two evaluations on the default
/// framework, compare them, and read the trend a frontend charts. Evaluating a collaboration still exploring is
/// a typed 409 that names its phase. The collaboration and every score are fictional, as the domain asks.
/// </summary>
public sealed class EvaluationScenario(ApiFactory api) : ClientScenario(api)
{
    /// <summary>The default framework's id, documented in listEvaluationFrameworks as stable for clients to use.</summary>
    private static readonly Guid DefaultFrameworkId = Guid.Parse("d0de49d4-cb77-4389-a455-f16835a04baa");

    [Fact]
    public async Task Record_evaluations_with_the_default_framework_and_read_the_trend()
    {
        var frameworks = (await Reader.ListEvaluationFrameworksAsync()).Result.Items;
        var framework = Assert.Single(frameworks, f => f.Id == DefaultFrameworkId);
        var codes = framework.Criteria.Select(c => c.Code).ToList();
        Assert.Equal(9, codes.Count);

        var name = UniqueName("Voorbeeldsamenwerking (fictief)");
        var registered = await Writer.CreateCollaborationAsync(new CreateCollaborationRequest
        {
            Name = name,
            Description = "Fictief: bestaat alleen voor dit scenario.",
            Participants =
            [
                new ParticipantInput { MunicipalityCode = "GM0225", JoinedOn = new DateOnly(2017, 6, 1), Role = ParticipantRole.Deelnemer },
                new ParticipantInput { MunicipalityCode = "GM0296", JoinedOn = new DateOnly(2017, 6, 1), Role = ParticipantRole.Deelnemer },
            ],
            TaskTypes = [TaskType.Uitvoering, TaskType.Bedrijfsvoering],
            TaskScope = TaskScope.Alle,
            GovernanceLevel = GovernanceLevel.Strategisch,
            OrganisationForm = new OrganisationFormInput { Novelty = Novelty.Nieuw, Multiplicity = Multiplicity.Een, Structure = Structure.Centraal },
            LegalForm = new LegalFormInput { Kind = LegalKind.Publiekrechtelijk, Instrument = LegalInstrument.Bedrijfsvoeringsorganisatie },
            Initiative = Initiative.Vrijwillig,
            Phase = Phase.Doorontwikkeling,
            OperatingSince = new DateOnly(2018, 1, 1),
            Register = new RegisterEntryInput
            {
                CitationTitle = "Gemeenschappelijke regeling Voorbeeld (fictief)",
                Purpose = "Samen de bedrijfsvoering uitvoeren.",
                InForceSince = new DateOnly(2017, 1, 1),
                PublicationUrl = "https://lokaleregelgeving.overheid.nl/CVDR000001",
                Seat = new SeatInput { Address = "Voorbeeldstraat 1", Place = "Voorbeeldstad" },
            },
        });
        var id = registered.Result.Id;
        // Never evaluated: due the default four years after doorontwikkeling began, long past.
        Assert.Equal(new DateOnly(2022, 1, 1), registered.Result.NextEvaluationDue);
        var overdue = await Reader.ListCollaborationsAsync(q: name, evaluationDueBefore: new DateOnly(2022, 1, 2), evaluationOverdue: true);
        Assert.Equal(id, Assert.Single(overdue.Result.Items).Id);

        var first = await Writer.RecordEvaluationAsync(id,
            EvaluationOf(new DateOnly(2020, 3, 1), EvaluationKind.Zelfevaluatie, codes, code => code == "bestuurlijkeDrukte" ? null : 3),
            if_Match: ETagOf(registered));
        Assert.Equal(201, first.StatusCode);
        Assert.EndsWith($"/api/v1/collaborations/{id}/evaluations/{first.Result.Id}", HeaderOf(first, "Location"), StringComparison.Ordinal);
        Assert.Equal<double?>(3.0, first.Result.MeanScore);
        Assert.Null(first.Result.PreviousEvaluationId);
        Assert.True(first.Result.Scores.Single(s => s.Criterion == "bestuurlijkeDrukte").NietBeoordeeld);

        var second = await Writer.RecordEvaluationAsync(id,
            EvaluationOf(new DateOnly(2024, 3, 1), EvaluationKind.Extern, codes, code => code == "kwaliteit" ? 4 : 3),
            if_Match: ETagOf(first));
        Assert.Equal(first.Result.Id, second.Result.PreviousEvaluationId);
        var kwaliteit = second.Result.Scores.Single(s => s.Criterion == "kwaliteit");
        Assert.Equal(3, kwaliteit.PreviousScore);
        Assert.Equal(1, kwaliteit.Change);
        Assert.Equal(codes, second.Result.Scores.Select(s => s.Criterion));

        var trend = (await Reader.GetEvaluationTrendAsync(id, DefaultFrameworkId)).Result;
        Assert.Equal(DefaultFrameworkId, trend.FrameworkId);
        Assert.Equal(codes, trend.Criteria.Select(c => c.Criterion));
        Assert.All(trend.Criteria, series => Assert.Equal([first.Result.Id, second.Result.Id], series.Points.Select(p => p.EvaluationId)));
        Assert.Equal([3, 4], trend.Criteria.Single(c => c.Criterion == "kwaliteit").Points.Select(p => p.Score));
        // Not assessed the first time: a gap in the line, not a zero.
        Assert.Equal([null, 3], trend.Criteria.Single(c => c.Criterion == "bestuurlijkeDrukte").Points.Select(p => p.Score));

        var schedule = await Reader.GetEvaluationScheduleAsync(id);
        Assert.Equal(new DateOnly(2028, 3, 1), schedule.Result.NextEvaluationDue);
        Assert.Equal(ETagOf(second), ETagOf(schedule));
    }

    [Fact]
    public async Task Evaluating_a_collaboration_that_is_still_exploring_is_a_typed_409_naming_its_phase()
    {
        var created = await Writer.CreateCollaborationAsync(new CreateCollaborationRequest
        {
            Name = UniqueName("Verkenning (fictief)"),
            Participants = [new ParticipantInput { MunicipalityCode = "GM0225", Role = ParticipantRole.Deelnemer }],
        });
        var codes = (await Reader.GetEvaluationFrameworkAsync(DefaultFrameworkId)).Result.Criteria.Select(c => c.Code).ToList();

        var problem = await ProblemFrom<ProblemDetails>(
            () => Writer.RecordEvaluationAsync(created.Result.Id,
                EvaluationOf(new DateOnly(2024, 3, 1), EvaluationKind.Zelfevaluatie, codes, _ => 3), if_Match: ETagOf(created)),
            409, ProblemType.Conflict("evaluation-requires-doorontwikkeling"));

        Assert.Equal("verkenning", problem.AdditionalProperties["currentPhase"].ToString());
    }

    /// <summary>Every criterion once: a score with an explanation, or (null) explicitly not assessed with a reason.</summary>
    private static RecordEvaluationRequest EvaluationOf(DateOnly on, EvaluationKind kind, IEnumerable<string> codes, Func<string, int?> scoreFor) => new()
    {
        FrameworkId = DefaultFrameworkId,
        EvaluatedOn = on,
        Kind = kind,
        Evaluator = "Evaluatiebureau Voorbeeld (fictief)",
        Scores =
        [
            .. codes.Select(code => scoreFor(code) is { } score
                ? new CriterionScoreInput { Criterion = code, Score = score, Explanation = $"Fictieve toelichting bij {code}." }
                : new CriterionScoreInput { Criterion = code, NietBeoordeeld = true, Reason = "Fictief: niet gemeten." }),
        ],
        Findings = "Fictieve bevindingen.",
        Recommendations = [new RecommendationInput { Text = "Fictieve aanbeveling.", Owner = "Algemeen bestuur" }],
    };
}
