namespace Samenwerking.Api.Tests.Lifecycle;

/// <summary>Corrections sent as a JSON Merge Patch: only what was recorded wrongly, checked as the PUT it describes.</summary>
public sealed class CorrectionMergePatchTests(ApiFactory api)
{
    private const string MergePatch = "application/merge-patch+json";

    private readonly HttpClient writer = api.Writer();

    private async Task<HttpResponseMessage> PatchAsync(Guid id, string path, string patch, string mediaType = MergePatch, bool withIfMatch = true)
    {
        using var request = new HttpRequestMessage(HttpMethod.Patch, $"{CollaborationApi.Path}/{id}/{path}")
        {
            Content = new StringContent(patch, System.Text.Encoding.UTF8, mediaType),
        };
        if (withIfMatch)
        {
            request.Headers.TryAddWithoutValidation("If-Match", await writer.ETagAsync(id));
        }

        return await writer.SendAsync(request);
    }

    [Fact]
    public async Task A_decision_is_corrected_by_sending_only_what_was_wrong()
    {
        var created = await writer.InVoorbereidingAsync();
        var recorded = await writer.DecideAsync(created.Id, "GM0489", "raad", "toestemming");
        var before = await recorded.Content.ReadFromJsonAsync<JsonElement>();
        var decisionId = before.GetProperty("id").GetString();

        var response = await PatchAsync(created.Id, $"decisions/{decisionId}", """{"reference": "Raadsbesluit 2024-099", "reason": "verkeerd nummer"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var after = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Raadsbesluit 2024-099", after.GetProperty("reference").GetString());
        foreach (var unchanged in new[] { "body", "kind", "decidedOn", "outcome", "summary", "municipalityCode" })
        {
            Assert.Equal(before.GetProperty(unchanged).GetRawText(), after.GetProperty(unchanged).GetRawText());
        }

        Assert.Equal(response.Headers.ETag!.Tag, await writer.ETagAsync(created.Id));
        var line = (await writer.HistoryAsync(created.Id))[0];
        Assert.Equal("decisionCorrected", line.GetProperty("kind").GetString());
        Assert.Contains("verkeerd nummer", line.GetProperty("summary").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_patched_decision_is_refused_by_the_rules_of_a_correction()
    {
        var created = await writer.InImplementatieAsync();
        var toestemming = (await writer.DecisionsAsync(created.Id)).First(d => d.GetProperty("kind").GetString() == "toestemming");

        var response = await PatchAsync(created.Id, $"decisions/{toestemming.GetProperty("id").GetString()}", """{"outcome": "negatief"}""");

        var problem = await response.AssertProblemAsync(HttpStatusCode.Conflict, ProblemType.Conflict("correction-breaks-exit-rule"));
        Assert.Equal("voorbereiding", problem.GetProperty("phase").GetString());
    }

    [Fact]
    public async Task An_evaluation_is_patched_its_scores_stay_and_a_required_member_cannot_be_removed()
    {
        var collaboration = await writer.RegisterInDoorontwikkelingAsync();
        var before = await writer.RecordEvaluationAsync(collaboration.Id, EvaluationApi.DefaultEvaluation("2023-09-01"));
        var path = $"evaluations/{before.GetProperty("id").GetString()}";

        var patched = await PatchAsync(collaboration.Id, path, """{"kind": "rekenkamer", "findings": null}""");
        var removed = await PatchAsync(collaboration.Id, path, """{"evaluator": null}""");

        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        var after = await patched.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("rekenkamer", after.GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, after.GetProperty("findings").ValueKind);
        Assert.Equal(before.GetProperty("scores").GetRawText(), after.GetProperty("scores").GetRawText());
        Assert.Equal(before.GetProperty("recommendations").GetRawText(), after.GetProperty("recommendations").GetRawText());
        Assert.NotEmpty((await removed.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput)).ErrorsFor("evaluator"));
        Assert.Equal("evaluationCorrected", (await writer.HistoryAsync(collaboration.Id))[0].GetProperty("kind").GetString());
    }

    [Fact]
    public async Task A_planned_activity_is_patched_into_a_held_one()
    {
        var created = await writer.InVoorbereidingAsync();
        var recorded = await writer.PostAsJsonAsync($"{created.Url}/development-activities",
            new { kind = "training", title = "Training", heldOn = TestDates.Yesterday, status = "gepland", notes = "Zaal 3" });
        var activityId = (await recorded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var response = await PatchAsync(created.Id, $"development-activities/{activityId}",
            """{"status": "gehouden", "attendeeCount": 9, "attendance": [{"municipalityCode": "GM0613", "attendeeCount": 4}]}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var after = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("gehouden", 9, "Zaal 3"), (after.GetProperty("status").GetString(), after.GetProperty("attendeeCount").GetInt32(),
            after.GetProperty("notes").GetString()));
        Assert.Equal("developmentActivityCorrected", (await writer.HistoryAsync(created.Id))[0].GetProperty("kind").GetString());
    }

    [Fact]
    public async Task A_role_is_patched_its_holder_stays_and_the_history_names_no_one()
    {
        var created = await writer.InDoorontwikkelingAsync();
        var role = (await writer.GetItemsAsync($"{created.Url}/roles"))[0];
        var path = $"roles/{role.GetProperty("id").GetString()}";

        var patched = await PatchAsync(created.Id, path, """{"organisation": "Werkorganisatie BAR", "reason": "verkeerde organisatie"}""");
        var refused = await PatchAsync(created.Id, path, """{"kind": "adviseur"}""");
        var unknown = await PatchAsync(created.Id, $"roles/{Guid.NewGuid()}", """{"organisation": "X"}""");

        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        var after = await patched.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("Werkorganisatie BAR", "P. Leider", "projectleider"),
            (after.GetProperty("organisation").GetString(), after.GetProperty("personName").GetString(), after.GetProperty("kind").GetString()));
        await refused.AssertProblemAsync(HttpStatusCode.Conflict, ProblemType.Conflict("correction-breaks-exit-rule"));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var line = (await writer.HistoryAsync(created.Id))[0];
        Assert.Equal("roleCorrected", line.GetProperty("kind").GetString());
        Assert.DoesNotContain("Leider", line.GetProperty("summary").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_correction_patch_needs_its_media_type_and_If_Match()
    {
        var created = await writer.InVoorbereidingAsync();
        var recorded = await writer.DecideAsync(created.Id, "GM0489", "raad", "zienswijze");
        var path = $"decisions/{(await recorded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()}";

        var asJson = await PatchAsync(created.Id, path, """{"summary": "x"}""", mediaType: "application/json");
        var withoutIfMatch = await PatchAsync(created.Id, path, """{"summary": "x"}""", withIfMatch: false);
        var notAnObject = await PatchAsync(created.Id, path, "[]");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, asJson.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionRequired, withoutIfMatch.StatusCode);
        Assert.NotEmpty((await notAnObject.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput)).ErrorsFor("body"));
    }
}
