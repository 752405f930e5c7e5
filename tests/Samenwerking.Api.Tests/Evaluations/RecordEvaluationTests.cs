using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenwerking.Domain.History;
using Samenwerking.Infrastructure.Persistence;

namespace Samenwerking.Api.Tests.Evaluations;

public sealed class RecordEvaluationTests(ApiFactory api)
{
    private readonly HttpClient writer = api.Writer();

    private static string EvaluationsOf(Guid collaborationId) => $"{CollaborationApi.Path}/{collaborationId}/evaluations";

    [Fact]
    public async Task Records_an_evaluation_with_its_mean_and_criteria_in_the_frameworks_order()
    {
        var collaboration = await writer.RegisterInDoorontwikkelingAsync();
        var scores = Enumerable.Reverse(EvaluationApi.DefaultCriteria).Select((code, i) => (code, i == 0 ? (int?)null : i % 4 + 1)).ToArray();

        var response = await writer.PostAsJsonAsync(EvaluationsOf(collaboration.Id),
            EvaluationApi.Evaluation(EvaluationApi.DefaultFrameworkId, "2024-05-01", scores));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var evaluation = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal($"{EvaluationsOf(collaboration.Id)}/{evaluation.GetProperty("id").GetGuid()}", response.Headers.Location!.OriginalString);
        Assert.NotEqual(collaboration.ETag, response.Headers.ETag!.Tag);
        Assert.Equal(response.Headers.ETag.Tag, (await writer.GetCollaborationAsync(collaboration.Id)).ETag);
        Assert.Equal("Samenwerkingsdoelen (standaardkader)", evaluation.GetProperty("frameworkName").GetString());
        Assert.Equal("zelfevaluatie", evaluation.GetProperty("kind").GetString());
        var criteria = evaluation.GetProperty("scores").Items().ToList();
        Assert.Equal(EvaluationApi.DefaultCriteria, criteria.Select(c => c.GetProperty("criterion").GetString()));
        var drukte = criteria[^1];
        Assert.True(drukte.GetProperty("nietBeoordeeld").GetBoolean());
        Assert.Equal(JsonValueKind.Null, drukte.GetProperty("score").ValueKind);
        Assert.Equal("Geen gegevens beschikbaar.", drukte.GetProperty("reason").GetString());
        Assert.Equal("Kwaliteit", criteria[0].GetProperty("criterionName").GetString());
        // Sent in reverse order, bestuurlijkeDrukte not assessed, the others 2, 3, 4, 1, 2, 3, 4, 1: mean 20 / 8.
        Assert.Equal(2.5m, evaluation.GetProperty("meanScore").GetDecimal());
        Assert.Equal(JsonValueKind.Null, evaluation.GetProperty("previousEvaluationId").ValueKind);
        Assert.All(criteria, c => Assert.Equal(JsonValueKind.Null, c.GetProperty("change").ValueKind));
        Assert.Equal(new string?[] { "Griffies", null }, evaluation.GetProperty("recommendations").Items().Select(r => r.GetProperty("owner").GetString()));
        var fetched = await writer.GetFromJsonAsync<JsonElement>(response.Headers.Location);
        Assert.Equal(evaluation.GetRawText(), fetched.GetRawText());
    }

    [Fact]
    public async Task The_history_records_the_evaluation_without_naming_the_evaluator()
    {
        var collaboration = await writer.RegisterInDoorontwikkelingAsync();
        await writer.RecordEvaluationAsync(collaboration.Id, EvaluationApi.DefaultEvaluation("2023-09-01"));

        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SamenwerkingDbContext>();
        var line = await db.History.SingleAsync(h => EF.Property<Guid>(h, "CollaborationId") == collaboration.Id
                                                     && h.Kind == HistoryEntryKind.EvaluationRecorded);

        Assert.Contains("2023-09-01", line.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Werkgroep", line.Summary, StringComparison.Ordinal);
        Assert.Equal("test-user", line.ActorSubject);
    }

    [Fact]
    public async Task Lists_newest_first_each_compared_with_the_previous_evaluation_on_the_same_framework()
    {
        var collaboration = await writer.RegisterInDoorontwikkelingAsync();
        var (frameworkId, _) = await writer.CreateFrameworkAsync("kwaliteit", "kosten");
        var first = await writer.RecordEvaluationAsync(collaboration.Id,
            EvaluationApi.Evaluation(frameworkId, "2019-06-01", ("kwaliteit", 2), ("kosten", null)));
        var rekenkamer = await writer.RecordEvaluationAsync(collaboration.Id, EvaluationApi.Evaluation(EvaluationApi.RekenkamerFrameworkId,
            "2021-06-01", ("doelmatigheid", 5), ("doeltreffendheid", 5), ("rechtmatigheid", 5)));
        var second = await writer.RecordEvaluationAsync(collaboration.Id,
            EvaluationApi.Evaluation(frameworkId, "2023-06-01", ("kwaliteit", 4), ("kosten", 3)));

        var list = await writer.GetItemsAsync(EvaluationsOf(collaboration.Id));

        Assert.Equal(new[] { second, rekenkamer, first }.Select(e => e.GetProperty("id").GetGuid()),
            list.Items().Select(e => e.GetProperty("id").GetGuid()));
        Assert.Equal(first.GetProperty("id").GetGuid(), second.GetProperty("previousEvaluationId").GetGuid());
        Assert.Equal(JsonValueKind.Null, rekenkamer.GetProperty("previousEvaluationId").ValueKind);
        var kwaliteit = second.GetProperty("scores")[0];
        Assert.Equal(2, kwaliteit.GetProperty("previousScore").GetInt32());
        Assert.Equal(2, kwaliteit.GetProperty("change").GetInt32());
        var kosten = second.GetProperty("scores")[1];
        Assert.Equal(JsonValueKind.Null, kosten.GetProperty("previousScore").ValueKind);
        Assert.Equal(JsonValueKind.Null, kosten.GetProperty("change").ValueKind);
    }

    [Fact]
    public async Task A_collaboration_not_in_doorontwikkeling_is_not_evaluated()
    {
        var exploring = await writer.CreateAsync();

        var response = await writer.PostAsJsonAsync(EvaluationsOf(exploring.Id), EvaluationApi.DefaultEvaluation("2024-01-01"));

        var problem = await response.AssertProblemAsync(HttpStatusCode.Conflict, ProblemType.Conflict("evaluation-requires-doorontwikkeling"));
        Assert.Equal("verkenning", problem.GetProperty("currentPhase").GetString());
    }

    [Fact]
    public async Task Not_dated_before_the_collaboration_started_operating()
    {
        var collaboration = await writer.RegisterInDoorontwikkelingAsync("2018-01-01");

        var response = await writer.PostAsJsonAsync(EvaluationsOf(collaboration.Id), EvaluationApi.DefaultEvaluation("2017-12-31"));

        var problem = await response.AssertProblemAsync(HttpStatusCode.Conflict, ProblemType.Conflict("dated-before-operating-since"));
        Assert.Equal("2018-01-01", problem.GetProperty("operatingSince").GetString());
    }

    [Fact]
    public async Task Not_dated_in_the_future()
    {
        var collaboration = await writer.RegisterInDoorontwikkelingAsync();
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(2)).ToString("yyyy-MM-dd");

        var response = await writer.PostAsJsonAsync(EvaluationsOf(collaboration.Id), EvaluationApi.DefaultEvaluation(tomorrow));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
        Assert.Contains("future", problem.ErrorsFor("evaluatedOn").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_repeated_and_missing_criteria_are_400_together()
    {
        var collaboration = await writer.RegisterInDoorontwikkelingAsync();
        var (frameworkId, _) = await writer.CreateFrameworkAsync("kwaliteit", "kosten", "continuiteit");

        var response = await writer.PostAsJsonAsync(EvaluationsOf(collaboration.Id),
            EvaluationApi.Evaluation(frameworkId, "2024-01-01", ("kwaliteit", 3), ("rechtmatigheid", 4), ("kwaliteit", 2)));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
        Assert.Contains("not a criterion", problem.ErrorsFor("scores[1].criterion").Single(), StringComparison.Ordinal);
        Assert.Contains("more than once", problem.ErrorsFor("scores[2].criterion").Single(), StringComparison.Ordinal);
        Assert.Contains("kosten, continuiteit", problem.ErrorsFor("scores").Single(), StringComparison.Ordinal);
        Assert.Equal(0, (await writer.GetItemsAsync(EvaluationsOf(collaboration.Id))).GetArrayLength());
    }

    [Fact]
    public async Task A_score_is_one_to_five_with_an_explanation_or_explicitly_not_assessed_with_a_reason()
    {
        var collaboration = await writer.RegisterInDoorontwikkelingAsync();
        var (frameworkId, _) = await writer.CreateFrameworkAsync("kwaliteit", "kosten", "continuiteit", "dienstverlening");

        var response = await writer.PostAsJsonAsync(EvaluationsOf(collaboration.Id), new
        {
            frameworkId,
            evaluatedOn = "2024-01-01",
            kind = "extern",
            evaluator = "Bureau",
            scores = new object[]
            {
                new { criterion = "kwaliteit", score = 6, explanation = "Te hoog." },
                new { criterion = "kosten", nietBeoordeeld = true },
                new { criterion = "continuiteit", score = 3, nietBeoordeeld = true, reason = "Tegenstrijdig." },
                new { criterion = "dienstverlening", score = 4 },
            },
        });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
        Assert.NotEmpty(problem.ErrorsFor("scores[0].score"));
        Assert.NotEmpty(problem.ErrorsFor("scores[1].reason"));
        Assert.NotEmpty(problem.ErrorsFor("scores[2].score"));
        Assert.NotEmpty(problem.ErrorsFor("scores[3].explanation"));
    }

    [Fact]
    public async Task An_unknown_framework_or_kind_is_400()
    {
        var collaboration = await writer.RegisterInDoorontwikkelingAsync();

        var unknownFramework = await writer.PostAsJsonAsync(EvaluationsOf(collaboration.Id),
            EvaluationApi.Evaluation(Guid.NewGuid(), "2024-01-01", ("kwaliteit", 3)));
        var unknownKind = await writer.PostAsJsonAsync(EvaluationsOf(collaboration.Id), new
        {
            frameworkId = EvaluationApi.DefaultFrameworkId, evaluatedOn = "2024-01-01", kind = "visitatie", evaluator = "Bureau", scores = Array.Empty<object>(),
        });
        var missing = await writer.PostAsJsonAsync(EvaluationsOf(collaboration.Id), new { evaluator = "Bureau" });

        var frameworkProblem = await unknownFramework.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
        Assert.Contains("No evaluation framework", frameworkProblem.ErrorsFor("frameworkId").Single(), StringComparison.Ordinal);
        var kindProblem = await unknownKind.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
        Assert.Contains("zelfevaluatie", kindProblem.ErrorsFor("kind").Single(), StringComparison.Ordinal);
        var missingProblem = await missing.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
        Assert.All(new[] { "frameworkId", "evaluatedOn", "kind", "scores" }, field => Assert.NotEmpty(missingProblem.ErrorsFor(field)));
    }

    [Fact]
    public async Task Nulls_where_values_belong_are_400_not_500()
    {
        var collaboration = await writer.RegisterInDoorontwikkelingAsync();

        var nullScores = await writer.PostAsJsonAsync(EvaluationsOf(collaboration.Id), new
        {
            frameworkId = EvaluationApi.DefaultFrameworkId, evaluatedOn = "2024-01-01", kind = "extern", evaluator = "Bureau", scores = (object?)null,
        });
        var nullItems = await writer.PostAsJsonAsync(EvaluationsOf(collaboration.Id), new
        {
            frameworkId = EvaluationApi.DefaultFrameworkId, evaluatedOn = "2024-01-01", kind = "extern", evaluator = "Bureau",
            scores = new object?[] { null, EvaluationApi.Scored("kwaliteit", 3) },
            recommendations = new object?[] { null, new { text = "" } },
        });

        Assert.NotEmpty((await nullScores.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput)).ErrorsFor("scores"));
        var itemProblem = await nullItems.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
        Assert.All(new[] { "scores[0]", "recommendations[0]", "recommendations[1].text" }, field => Assert.NotEmpty(itemProblem.ErrorsFor(field)));
    }

    [Fact]
    public async Task An_unknown_collaboration_or_evaluation_is_404()
    {
        var collaboration = await writer.RegisterInDoorontwikkelingAsync();
        var other = await writer.RegisterInDoorontwikkelingAsync();
        var evaluation = await writer.RecordEvaluationAsync(other.Id, EvaluationApi.DefaultEvaluation("2024-01-01"));

        var record = await writer.PostAsJsonAsync(EvaluationsOf(Guid.NewGuid()), EvaluationApi.DefaultEvaluation("2024-01-01"));
        var list = await writer.GetAsync(EvaluationsOf(Guid.NewGuid()));
        var elsewhere = await writer.GetAsync($"{EvaluationsOf(collaboration.Id)}/{evaluation.GetProperty("id").GetGuid()}");

        await record.AssertProblemAsync(HttpStatusCode.NotFound, ProblemType.NotFound);
        await list.AssertProblemAsync(HttpStatusCode.NotFound, ProblemType.NotFound);
        await elsewhere.AssertProblemAsync(HttpStatusCode.NotFound, ProblemType.NotFound);
    }

    [Fact]
    public async Task A_stale_if_match_is_412_and_recording_needs_the_write_scope()
    {
        var collaboration = await writer.RegisterInDoorontwikkelingAsync();

        var stale = await writer.SendWithIfMatchAsync(HttpMethod.Post, EvaluationsOf(collaboration.Id), "\"1\"",
            EvaluationApi.DefaultEvaluation("2024-01-01"));
        var current = await writer.SendWithIfMatchAsync(HttpMethod.Post, EvaluationsOf(collaboration.Id), collaboration.ETag,
            EvaluationApi.DefaultEvaluation("2024-01-01"));
        var reader = await api.Reader().PostAsJsonAsync(EvaluationsOf(collaboration.Id), EvaluationApi.DefaultEvaluation("2024-01-01"));

        await stale.AssertProblemAsync(HttpStatusCode.PreconditionFailed, ProblemType.PreconditionFailed);
        Assert.Equal(HttpStatusCode.Created, current.StatusCode);
        await reader.AssertProblemAsync(HttpStatusCode.Forbidden, ProblemType.Forbidden);
    }

    [Fact]
    public async Task First_evaluations_with_a_new_framework_at_the_same_moment_all_succeed_and_freeze_it()
    {
        var (frameworkId, _) = await writer.CreateFrameworkAsync("kwaliteit");
        var collaborations = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => writer.RegisterInDoorontwikkelingAsync()));

        var responses = await Task.WhenAll(collaborations.Select(c => api.Writer().PostAsJsonAsync(EvaluationsOf(c.Id),
            EvaluationApi.Evaluation(frameworkId, "2024-01-01", ("kwaliteit", 4)))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var framework = await writer.GetFromJsonAsync<JsonElement>($"{EvaluationApi.FrameworksPath}/{frameworkId}");
        Assert.True(framework.GetProperty("inUse").GetBoolean());
    }
}
