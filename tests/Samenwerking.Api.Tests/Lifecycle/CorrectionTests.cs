namespace Samenwerking.Api.Tests.Lifecycle;

public sealed class CorrectionTests(ApiFactory api)
{
    private readonly HttpClient writer = api.Writer();

    private static object Toestemming(string outcome = "positief", string reference = "Raadsbesluit 2024-043", string? reason = "onjuist geregistreerd") =>
        new { body = "raad", kind = "toestemming", decidedOn = "2024-03-01", outcome, reference, reason };

    [Fact]
    public async Task A_decision_is_corrected_and_the_history_and_the_feed_say_who_when_why_and_what_it_was()
    {
        var created = await writer.InVoorbereidingAsync();
        var recorded = await writer.DecideAsync(created.Id, "GM0489", "raad", "toestemming");
        var decisionId = (await recorded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var response = await writer.SendWithIfMatchAsync(HttpMethod.Put, $"{created.Url}/decisions/{decisionId}", recorded.Headers.ETag!.Tag,
            Toestemming(reference: "Raadsbesluit 2024-043"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(recorded.Headers.ETag!.Tag, response.Headers.ETag!.Tag);
        Assert.Equal("Raadsbesluit 2024-043", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reference").GetString());
        var line = (await writer.HistoryAsync(created.Id))[0];
        Assert.Equal("decisionCorrected", line.GetProperty("kind").GetString());
        Assert.Equal("Test User (administrator)", line.GetProperty("actorName").GetString());
        var summary = line.GetProperty("summary").GetString()!;
        Assert.Contains("https://lokaleregelgeving.overheid.nl/voorbeeld", summary);
        Assert.Contains("Raadsbesluit 2024-043", summary);
        Assert.Contains("onjuist geregistreerd", summary);
        Assert.Equal(decisionId, line.GetProperty("decisionId").GetString());
        Assert.Contains((await api.EventsAboutAsync(created.Id)).Select(e => e.Type()), type => type == "nl.samenwerking.collaboration.decision-corrected");
    }

    [Fact]
    public async Task A_correction_needs_If_Match()
    {
        var created = await writer.InVoorbereidingAsync();
        var recorded = await writer.DecideAsync(created.Id, "GM0489", "raad", "toestemming");
        var decisionId = (await recorded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var response = await writer.PutAsJsonAsync($"{created.Url}/decisions/{decisionId}", Toestemming());

        Assert.Equal(HttpStatusCode.PreconditionRequired, response.StatusCode);
    }

    [Fact]
    public async Task Withdrawing_a_decision_that_let_voorbereiding_end_is_refused_naming_the_rule_in_English_and_Dutch()
    {
        var created = await writer.InImplementatieAsync();
        var toestemming = (await writer.DecisionsAsync(created.Id)).First(d => d.GetProperty("kind").GetString() == "toestemming");
        var path = $"decisions/{toestemming.GetProperty("id").GetString()}";

        var problem = await (await writer.WithdrawAsync(created.Id, path))
            .AssertProblemAsync(HttpStatusCode.Conflict, ProblemType.Conflict("correction-breaks-exit-rule"));
        var dutch = await (await writer.WithdrawAsync(created.Id, path, language: "nl"))
            .AssertProblemAsync(HttpStatusCode.Conflict, ProblemType.Conflict("correction-breaks-exit-rule"));

        Assert.Equal("voorbereiding", problem.GetProperty("phase").GetString());
        Assert.Equal(["required-decisions-recorded"], problem.GetProperty("unmetRules").EnumerateArray().Select(r => r.GetProperty("code").GetString()!).ToArray());
        Assert.Equal("The correction breaks an exit rule of a phase already left", problem.GetProperty("title").GetString());
        Assert.Equal("De correctie breekt een afrondingsregel van een afgesloten fase", dutch.GetProperty("title").GetString());
        Assert.StartsWith("De samenwerking verliet voorbereiding", dutch.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(4, (await writer.DecisionsAsync(created.Id)).Length);
    }

    [Fact]
    public async Task Correcting_a_needed_decision_to_negative_after_voorbereiding_is_refused()
    {
        var created = await writer.InImplementatieAsync();
        var toestemming = (await writer.DecisionsAsync(created.Id)).First(d => d.GetProperty("kind").GetString() == "toestemming");

        var response = await writer.SendWithIfMatchAsync(HttpMethod.Put, $"{created.Url}/decisions/{toestemming.GetProperty("id").GetString()}",
            await writer.ETagAsync(created.Id), Toestemming(outcome: "negatief"));

        await response.AssertProblemAsync(HttpStatusCode.Conflict, ProblemType.Conflict("correction-breaks-exit-rule"));
    }

    [Fact]
    public async Task A_decision_is_withdrawn_with_a_reason_and_the_history_keeps_what_it_said()
    {
        var created = await writer.InVoorbereidingAsync();
        var recorded = await writer.DecideAsync(created.Id, "GM0489", "raad", "zienswijze");
        var decisionId = (await recorded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var response = await writer.WithdrawAsync(created.Id, $"decisions/{decisionId}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await writer.GetAsync($"{created.Url}/decisions/{decisionId}")).StatusCode);
        var line = (await writer.HistoryAsync(created.Id))[0];
        Assert.Equal("decisionWithdrawn", line.GetProperty("kind").GetString());
        Assert.Contains("zienswijze positief", line.GetProperty("summary").GetString());
        Assert.Contains("onjuist geregistreerd", line.GetProperty("summary").GetString());
        Assert.Contains((await api.EventsAboutAsync(created.Id)).Select(e => e.Type()), type => type == "nl.samenwerking.collaboration.decision-withdrawn");
    }

    [Fact]
    public async Task A_withdrawal_gives_a_reason()
    {
        var created = await writer.InVoorbereidingAsync();
        var recorded = await writer.DecideAsync(created.Id, "GM0489", "raad", "zienswijze");
        var decisionId = (await recorded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var response = await writer.WithdrawAsync(created.Id, $"decisions/{decisionId}", reason: "");

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
        Assert.NotEmpty(problem.ErrorsFor("reason"));
    }

    [Fact]
    public async Task Only_the_deciding_municipality_corrects_its_decision()
    {
        var created = await writer.InVoorbereidingAsync();
        var recorded = await writer.DecideAsync(created.Id, "GM0489", "raad", "toestemming");
        var decisionId = (await recorded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var response = await api.MunicipalUser("GM0613").SendWithIfMatchAsync(HttpMethod.Put, $"{created.Url}/decisions/{decisionId}",
            recorded.Headers.ETag!.Tag, Toestemming());

        var problem = await response.AssertProblemAsync(HttpStatusCode.Forbidden, ProblemType.Refusal("not-your-municipality"));
        Assert.Equal("GM0489", problem.GetProperty("requiredMunicipality").GetString());
    }

    [Fact]
    public async Task The_project_lead_implementatie_needed_is_not_corrected_into_another_role()
    {
        var created = await writer.InDoorontwikkelingAsync();
        var role = (await writer.GetItemsAsync($"{created.Url}/roles"))[0].GetProperty("id").GetString();

        var refused = await writer.SendWithIfMatchAsync(HttpMethod.Put, $"{created.Url}/roles/{role}", await writer.ETagAsync(created.Id),
            new { kind = "adviseur", personName = "P. Leider", organisation = "BAR" });
        var corrected = await writer.SendWithIfMatchAsync(HttpMethod.Put, $"{created.Url}/roles/{role}", await writer.ETagAsync(created.Id),
            new { kind = "programmamanager", personName = "P. Leiders", organisation = "BAR", reason = "typfout" });

        var problem = await refused.AssertProblemAsync(HttpStatusCode.Conflict, ProblemType.Conflict("correction-breaks-exit-rule"));
        Assert.Equal("implementatie", problem.GetProperty("phase").GetString());
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        var line = (await writer.HistoryAsync(created.Id))[0];
        Assert.Equal("roleCorrected", line.GetProperty("kind").GetString());
        Assert.DoesNotContain("Leider", line.GetProperty("summary").GetString());
    }

    [Fact]
    public async Task The_operating_date_is_corrected_after_implementatie_but_never_into_the_future_nor_withdrawn()
    {
        var created = await writer.InDoorontwikkelingAsync();

        var corrected = await writer.SendWithIfMatchAsync(HttpMethod.Put, $"{created.Url}/operating-since", await writer.ETagAsync(created.Id),
            new { operatingSince = TestDates.TodayDate.AddDays(-2).ToString("yyyy-MM-dd"), reason = "verkeerde dag" });
        var future = await writer.SendWithIfMatchAsync(HttpMethod.Put, $"{created.Url}/operating-since", await writer.ETagAsync(created.Id),
            new { operatingSince = TestDates.TodayDate.AddDays(3).ToString("yyyy-MM-dd") });
        var withdrawn = await writer.WithdrawAsync(created.Id, "operating-since");

        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        var line = (await writer.HistoryAsync(created.Id))[0];
        Assert.Equal("operatingSinceCorrected", line.GetProperty("kind").GetString());
        Assert.Contains(TestDates.Yesterday, line.GetProperty("summary").GetString());
        Assert.Contains("verkeerde dag", line.GetProperty("summary").GetString());
        Assert.Equal("implementatie",
            (await future.AssertProblemAsync(HttpStatusCode.Conflict, ProblemType.Conflict("correction-breaks-exit-rule"))).GetProperty("phase").GetString());
        await withdrawn.AssertProblemAsync(HttpStatusCode.Conflict, ProblemType.Conflict("correction-breaks-exit-rule"));
    }

    [Fact]
    public async Task The_operating_date_is_withdrawn_during_implementatie()
    {
        var created = await writer.InImplementatieAsync();
        await writer.SendWithIfMatchAsync(HttpMethod.Put, $"{created.Url}/operating-since", await writer.ETagAsync(created.Id),
            new { operatingSince = TestDates.Today });

        var response = await writer.WithdrawAsync(created.Id, "operating-since");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(JsonValueKind.Null, (await writer.GetCollaborationAsync(created.Id)).Body.GetProperty("operatingSince").ValueKind);
        Assert.Equal("operatingSinceWithdrawn", (await writer.HistoryAsync(created.Id))[0].GetProperty("kind").GetString());
    }

    [Fact]
    public async Task The_last_transition_is_reverted_and_both_history_entries_stay()
    {
        var created = await writer.InImplementatieAsync();
        var transitions = (await writer.GetItemsAsync($"{created.Url}/phase-transitions")).EnumerateArray().ToArray();
        var last = transitions[^1].GetProperty("id").GetString();

        var first = await writer.WithdrawAsync(created.Id, $"phase-transitions/{transitions[0].GetProperty("id").GetString()}");
        var reverted = await writer.WithdrawAsync(created.Id, $"phase-transitions/{last}", "per ongeluk vastgelegd");

        var problem = await first.AssertProblemAsync(HttpStatusCode.Conflict, ProblemType.Conflict("transition-revert-not-allowed"));
        Assert.Equal("implementatie", problem.GetProperty("currentPhase").GetString());
        Assert.Equal(HttpStatusCode.NoContent, reverted.StatusCode);
        Assert.Equal("voorbereiding", (await writer.GetCollaborationAsync(created.Id)).Body.GetProperty("phase").GetString());
        var history = await writer.HistoryAsync(created.Id);
        Assert.Equal(["phaseTransitionReverted", "phaseChanged"],
            history.Where(h => h.GetProperty("transitionId").GetString() == last).Select(h => h.GetProperty("kind").GetString()!).ToArray());
        var reverts = (await api.EventsAboutAsync(created.Id)).Where(e => e.Type() == "nl.samenwerking.collaboration.phase-transition-reverted").ToList();
        Assert.Single(reverts);
    }
}
