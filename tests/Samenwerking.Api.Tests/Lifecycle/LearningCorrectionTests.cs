namespace Samenwerking.Api.Tests.Lifecycle;

/// <summary>Evaluations and development activities recorded wrongly are corrected (PUT) or withdrawn (DELETE with a reason).</summary>
public sealed class LearningCorrectionTests(ApiFactory api)
{
    private readonly HttpClient writer = api.Writer();

    private static string EvaluationsOf(Guid id) => $"{CollaborationApi.Path}/{id}/evaluations";

    private static string ActivitiesOf(Guid id) => $"{CollaborationApi.Path}/{id}/development-activities";

    /// <summary>The default framework's evaluation as a correction states it: no framework, a reason.</summary>
    private static object CorrectedEvaluation(string evaluatedOn, string kind = "extern", int score = 4, string reason = "onjuist geregistreerd",
        IEnumerable<string>? criteria = null) => new
    {
        evaluatedOn,
        kind,
        evaluator = "Bureau Extern",
        scores = (criteria ?? EvaluationApi.DefaultCriteria).Select(code => EvaluationApi.Scored(code, score)).ToArray(),
        findings = "Gecorrigeerde bevindingen.",
        recommendations = Array.Empty<object>(),
        reason,
    };

    private async Task<(Guid Id, Guid EvaluationId)> EvaluatedAsync(string evaluatedOn = "2023-09-01")
    {
        var collaboration = await writer.RegisterInDoorontwikkelingAsync();
        var evaluation = await writer.RecordEvaluationAsync(collaboration.Id, EvaluationApi.DefaultEvaluation(evaluatedOn));
        return (collaboration.Id, evaluation.GetProperty("id").GetGuid());
    }

    private async Task<Guid> RecordActivityAsync(Guid id, object activity)
    {
        var response = await writer.PostAsJsonAsync(ActivitiesOf(id), activity);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private async Task<HttpResponseMessage> PutAsync(Guid id, string path, object body, string? language = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"{CollaborationApi.Path}/{id}/{path}") { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", await writer.ETagAsync(id));
        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        return await writer.SendAsync(request);
    }

    private async Task<JsonElement> CollaborationAsync(Guid id) => (await writer.GetCollaborationAsync(id)).Body;

    [Fact]
    public async Task An_evaluation_is_corrected_and_the_history_and_the_feed_say_what_it_judged_before_and_why_but_not_who_evaluated()
    {
        var (id, evaluationId) = await EvaluatedAsync();
        var etag = await writer.ETagAsync(id);

        var response = await PutAsync(id, $"evaluations/{evaluationId}", CorrectedEvaluation("2023-09-02", reason: "was een externe evaluatie"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(etag, response.Headers.ETag!.Tag);
        var corrected = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("extern", "2023-09-02", 4m), (corrected.GetProperty("kind").GetString(), corrected.GetProperty("evaluatedOn").GetString(),
            corrected.GetProperty("meanScore").GetDecimal()));
        Assert.Equal(corrected.GetRawText(), (await writer.GetFromJsonAsync<JsonElement>($"{EvaluationsOf(id)}/{evaluationId}")).GetRawText());
        var line = (await writer.HistoryAsync(id))[0];
        Assert.Equal("evaluationCorrected", line.GetProperty("kind").GetString());
        Assert.Equal("Test User (administrator)", line.GetProperty("actorName").GetString());
        Assert.Equal(evaluationId.ToString(), line.GetProperty("evaluationId").GetString());
        Assert.EndsWith($"/evaluations/{evaluationId}", line.GetProperty("href").GetString(), StringComparison.Ordinal);
        var summary = line.GetProperty("summary").GetString()!;
        Assert.Contains("zelfevaluatie dated 2023-09-01", summary, StringComparison.Ordinal);
        Assert.Contains("mean 3.00", summary, StringComparison.Ordinal);
        Assert.Contains("extern dated 2023-09-02", summary, StringComparison.Ordinal);
        Assert.Contains("was een externe evaluatie", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Werkgroep", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Bureau Extern", summary, StringComparison.Ordinal);
        Assert.Equal("2023-09-02", (await CollaborationAsync(id)).GetProperty("lastEvaluatedOn").GetString());
        Assert.Contains((await api.EventsAboutAsync(id)).Select(e => e.Type()), type => type == "nl.samenwerking.collaboration.evaluation-corrected");
    }

    [Fact]
    public async Task An_evaluation_correction_keeps_the_rules_it_was_recorded_by_and_needs_If_Match()
    {
        var (id, evaluationId) = await EvaluatedAsync();

        var withoutIfMatch = await writer.PutAsJsonAsync($"{EvaluationsOf(id)}/{evaluationId}", CorrectedEvaluation("2023-09-02"));
        var missingCriterion = await PutAsync(id, $"evaluations/{evaluationId}", CorrectedEvaluation("2023-09-02", criteria: EvaluationApi.DefaultCriteria[1..]));
        var beforeOperating = await PutAsync(id, $"evaluations/{evaluationId}", CorrectedEvaluation("2017-12-31"), language: "nl");
        var unknown = await PutAsync(id, $"evaluations/{Guid.NewGuid()}", CorrectedEvaluation("2023-09-02"));

        Assert.Equal(HttpStatusCode.PreconditionRequired, withoutIfMatch.StatusCode);
        Assert.NotEmpty((await missingCriterion.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput)).ErrorsFor("scores"));
        var problem = await beforeOperating.AssertProblemAsync(HttpStatusCode.Conflict, ProblemType.Conflict("dated-before-operating-since"));
        Assert.Equal("2018-01-01", problem.GetProperty("operatingSince").GetString());
        Assert.StartsWith("Een evaluatie gedateerd 2017-12-31", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("evaluationRecorded", (await writer.HistoryAsync(id))[0].GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Withdrawing_an_evaluation_keeps_what_it_judged_in_the_history_and_the_latest_other_becomes_the_last()
    {
        var (id, earlier) = await EvaluatedAsync("2020-01-01");
        var later = (await writer.RecordEvaluationAsync(id, EvaluationApi.DefaultEvaluation("2021-06-01", score: 2))).GetProperty("id").GetGuid();

        var withdrawn = await writer.WithdrawAsync(id, $"evaluations/{later}");

        Assert.Equal(HttpStatusCode.NoContent, withdrawn.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await writer.GetAsync($"{EvaluationsOf(id)}/{later}")).StatusCode);
        var line = (await writer.HistoryAsync(id))[0];
        Assert.Equal("evaluationWithdrawn", line.GetProperty("kind").GetString());
        Assert.Contains("zelfevaluatie dated 2021-06-01", line.GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.Contains("mean 2.00", line.GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.Contains("onjuist geregistreerd", line.GetProperty("summary").GetString(), StringComparison.Ordinal);
        var collaboration = await CollaborationAsync(id);
        Assert.Equal(("2020-01-01", "2024-01-01"),
            (collaboration.GetProperty("lastEvaluatedOn").GetString(), collaboration.GetProperty("nextEvaluationDue").GetString()));
        Assert.Contains((await api.EventsAboutAsync(id)).Select(e => e.Type()), type => type == "nl.samenwerking.collaboration.evaluation-withdrawn");

        Assert.Equal(HttpStatusCode.NoContent, (await writer.WithdrawAsync(id, $"evaluations/{earlier}")).StatusCode);
        var never = await CollaborationAsync(id);
        // Never evaluated again: due four years after doorontwikkeling began (operating since 2018-01-01).
        Assert.Equal((JsonValueKind.Null, "2022-01-01"), (never.GetProperty("lastEvaluatedOn").ValueKind, never.GetProperty("nextEvaluationDue").GetString()));
    }

    [Fact]
    public async Task A_withdrawal_gives_a_reason()
    {
        var (id, evaluationId) = await EvaluatedAsync();
        var activityId = await RecordActivityAsync(id, new { kind = "training", title = "Training", heldOn = "2023-01-10", attendeeCount = 5 });

        var evaluation = await writer.WithdrawAsync(id, $"evaluations/{evaluationId}", reason: "");
        var activity = await writer.WithdrawAsync(id, $"development-activities/{activityId}", reason: "");

        Assert.NotEmpty((await evaluation.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput)).ErrorsFor("reason"));
        Assert.NotEmpty((await activity.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput)).ErrorsFor("reason"));
    }

    [Fact]
    public async Task A_development_activity_is_corrected_status_included_and_the_history_keeps_its_numbers_but_not_its_notes()
    {
        var created = await writer.InImplementatieAsync();
        var activityId = await RecordActivityAsync(created.Id,
            new { kind = "masterclass", title = "Masterclass", heldOn = TestDates.Yesterday, attendeeCount = 24, notes = "Met dank aan mevrouw Jansen." });

        var response = await PutAsync(created.Id, $"development-activities/{activityId}", new
        {
            kind = "leergang", title = "Leergang samenwerken", heldOn = TestDates.Yesterday, attendeeCount = 21, status = "gehouden",
            attendance = new[] { new { municipalityCode = "GM0489", attendeeCount = 12 } }, reason = "21 deelnemers, niet 24",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var corrected = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("leergang", 21, "GM0489"), (corrected.GetProperty("kind").GetString(), corrected.GetProperty("attendeeCount").GetInt32(),
            corrected.GetProperty("attendance")[0].GetProperty("municipalityCode").GetString()));
        Assert.Equal(JsonValueKind.Null, corrected.GetProperty("notes").ValueKind);
        var line = (await writer.HistoryAsync(created.Id))[0];
        Assert.Equal("developmentActivityCorrected", line.GetProperty("kind").GetString());
        Assert.Equal(activityId.ToString(), line.GetProperty("activityId").GetString());
        var summary = line.GetProperty("summary").GetString()!;
        Assert.Contains($"masterclass 'Masterclass' gehouden on {TestDates.Yesterday} with 24 attendee(s)", summary, StringComparison.Ordinal);
        Assert.Contains("with 21 attendee(s)", summary, StringComparison.Ordinal);
        Assert.Contains("21 deelnemers, niet 24", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Jansen", summary, StringComparison.Ordinal);
        Assert.Contains((await api.EventsAboutAsync(created.Id)).Select(e => e.Type()),
            type => type == "nl.samenwerking.collaboration.development-activity-corrected");
    }

    [Fact]
    public async Task A_development_activity_correction_keeps_the_rules_it_was_recorded_by()
    {
        var created = await writer.InVoorbereidingAsync();
        var activityId = await RecordActivityAsync(created.Id, new { kind = "training", title = "Training", heldOn = TestDates.Yesterday, attendeeCount = 5 });
        object Held(string heldOn, string municipality) => new
        {
            kind = "training", title = "Training", heldOn, attendeeCount = 5, status = "gehouden",
            attendance = new[] { new { municipalityCode = municipality, attendeeCount = 2 } },
        };

        var future = await PutAsync(created.Id, $"development-activities/{activityId}", Held(TestDates.TodayDate.AddDays(3).ToString("yyyy-MM-dd"), "GM0489"));
        var outsider = await PutAsync(created.Id, $"development-activities/{activityId}", Held(TestDates.Yesterday, "GM0363"));
        var cancelledWithAttendees = await PutAsync(created.Id, $"development-activities/{activityId}",
            new { kind = "training", title = "Training", heldOn = TestDates.Yesterday, attendeeCount = 5, status = "geannuleerd" });
        var cancelled = await PutAsync(created.Id, $"development-activities/{activityId}",
            new { kind = "training", title = "Training", heldOn = TestDates.Yesterday, status = "geannuleerd", reason = "ging niet door" });

        Assert.NotEmpty((await future.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput)).ErrorsFor("heldOn"));
        Assert.Equal("GM0363", (await outsider.AssertProblemAsync(HttpStatusCode.Conflict, ProblemType.Conflict("attendance-of-non-participant")))
            .GetProperty("municipalityCode").GetString());
        Assert.NotEmpty((await cancelledWithAttendees.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput)).ErrorsFor("attendeeCount"));
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        var body = await cancelled.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("geannuleerd", 0), (body.GetProperty("status").GetString(), body.GetProperty("attendeeCount").GetInt32()));
    }

    [Fact]
    public async Task A_development_activity_is_withdrawn_with_a_reason_and_leaves_the_lists()
    {
        var created = await writer.InVoorbereidingAsync();
        var activityId = await RecordActivityAsync(created.Id, new { kind = "intervisie", title = "Intervisie", heldOn = TestDates.Yesterday, attendeeCount = 6 });

        var response = await writer.WithdrawAsync(created.Id, $"development-activities/{activityId}", "dubbel vastgelegd");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await writer.GetAsync($"{ActivitiesOf(created.Id)}/{activityId}")).StatusCode);
        Assert.Equal(0, (await writer.GetItemsAsync(ActivitiesOf(created.Id))).GetArrayLength());
        var line = (await writer.HistoryAsync(created.Id))[0];
        Assert.Equal("developmentActivityWithdrawn", line.GetProperty("kind").GetString());
        Assert.Contains("intervisie 'Intervisie' gehouden", line.GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.Contains("dubbel vastgelegd", line.GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, line.GetProperty("href").ValueKind);
        Assert.Contains((await api.EventsAboutAsync(created.Id)).Select(e => e.Type()),
            type => type == "nl.samenwerking.collaboration.development-activity-withdrawn");
    }

    [Fact]
    public async Task Only_active_participants_correct_or_withdraw_evaluations_and_activities()
    {
        var (id, evaluationId) = await EvaluatedAsync();
        var activityId = await RecordActivityAsync(id, new { kind = "training", title = "Training", heldOn = "2023-01-10", attendeeCount = 5 });
        var outsider = api.MunicipalUser("GM0363");
        var participant = api.MunicipalUser("GM0225");
        async Task<HttpResponseMessage> WithdrawAs(HttpClient client, string path)
        {
            using var request = new HttpRequestMessage(HttpMethod.Delete, $"{CollaborationApi.Path}/{id}/{path}?reason=onjuist");
            request.Headers.TryAddWithoutValidation("If-Match", await writer.ETagAsync(id));
            return await client.SendAsync(request);
        }

        var refused = await WithdrawAs(outsider, $"evaluations/{evaluationId}");
        var refusedActivity = await WithdrawAs(outsider, $"development-activities/{activityId}");
        var admitted = await WithdrawAs(participant, $"development-activities/{activityId}");

        await refused.AssertProblemAsync(HttpStatusCode.Forbidden, ProblemType.Refusal("not-a-participating-municipality"));
        await refusedActivity.AssertProblemAsync(HttpStatusCode.Forbidden, ProblemType.Refusal("not-a-participating-municipality"));
        Assert.Equal(HttpStatusCode.NoContent, admitted.StatusCode);
        Assert.Contains("(Druten)", (await writer.HistoryAsync(id))[0].GetProperty("actorName").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dissolved_collaboration_takes_no_corrections_of_its_evaluations_or_activities()
    {
        var (id, evaluationId) = await EvaluatedAsync();
        var activityId = await RecordActivityAsync(id, new { kind = "training", title = "Training", heldOn = "2023-01-10", attendeeCount = 5 });
        await writer.DecideToDissolveAsync(id, "GM0225", "GM0296");
        Assert.Equal(HttpStatusCode.OK, (await writer.DissolveAsync(id)).StatusCode);

        var correction = await PutAsync(id, $"evaluations/{evaluationId}", CorrectedEvaluation("2023-09-02"), language: "nl");
        var withdrawal = await writer.WithdrawAsync(id, $"evaluations/{evaluationId}");
        var activityCorrection = await PutAsync(id, $"development-activities/{activityId}",
            new { kind = "training", title = "Training", heldOn = "2023-01-10", attendeeCount = 6, status = "gehouden" });
        var activityWithdrawal = await writer.WithdrawAsync(id, $"development-activities/{activityId}");

        Assert.Equal("De samenwerking is beëindigd",
            (await correction.AssertProblemAsync(HttpStatusCode.Conflict, ProblemType.Conflict("collaboration-ended"))).GetProperty("title").GetString());
        Assert.Equal(TestDates.Today,
            (await withdrawal.AssertProblemAsync(HttpStatusCode.Conflict, ProblemType.Conflict("collaboration-ended"))).GetProperty("endedOn").GetString());
        await activityCorrection.AssertProblemAsync(HttpStatusCode.Conflict, ProblemType.Conflict("collaboration-ended"));
        await activityWithdrawal.AssertProblemAsync(HttpStatusCode.Conflict, ProblemType.Conflict("collaboration-ended"));
        Assert.Equal("dissolved", (await writer.HistoryAsync(id))[0].GetProperty("kind").GetString());
    }
}
