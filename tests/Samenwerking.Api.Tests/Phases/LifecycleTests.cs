namespace Samenwerking.Api.Tests.Phases;

public sealed class LifecycleTests(ApiFactory api)
{
    private readonly HttpClient writer = api.Writer();

    [Fact]
    public async Task Walks_through_all_four_phases_and_keeps_the_history()
    {
        var created = await writer.CreateExploredAsync();

        var toVoorbereiding = await writer.TransitionAsync(created.Id, "voorbereiding", created.ETag);
        Assert.Equal(HttpStatusCode.Created, toVoorbereiding.StatusCode);
        await writer.DecideAllPublicLawAsync(created.Id);
        Assert.Equal(HttpStatusCode.Created, (await writer.TransitionAsync(created.Id, "implementatie", null)).StatusCode);
        var role = await writer.PostAsJsonAsync($"{created.Url}/roles", new { kind = "projectleider", personName = "P. Leider", organisation = "BAR" });
        Assert.Equal(HttpStatusCode.Created, role.StatusCode);
        var etag = (await writer.GetCollaborationAsync(created.Id)).ETag;
        var operating = await writer.SendWithIfMatchAsync(HttpMethod.Put, $"{created.Url}/operating-since", etag, new { operatingSince = TestDates.Today });
        Assert.Equal(HttpStatusCode.OK, operating.StatusCode);
        var last = await writer.TransitionAsync(created.Id, "doorontwikkeling", operating.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.Created, last.StatusCode);

        var (collaboration, _) = await writer.GetCollaborationAsync(created.Id);
        Assert.Equal("doorontwikkeling", collaboration.GetProperty("phase").GetString());
        Assert.Equal(TestDates.Today, collaboration.GetProperty("operatingSince").GetString());

        var transitions = await writer.GetItemsAsync($"{created.Url}/phase-transitions");
        Assert.Equal(["voorbereiding", "implementatie", "doorontwikkeling"],
            transitions.EnumerateArray().Select(t => t.GetProperty("to").GetString()!).ToArray());
        Assert.Equal("Test User (administrator)", transitions[0].GetProperty("recordedBy").GetString());
        Assert.Equal("Naar voorbereiding", transitions[0].GetProperty("rationale").GetString());

        var phases = await writer.GetItemsAsync($"{created.Url}/phases");
        Assert.Equal(["completed", "completed", "completed", "current"],
            phases.EnumerateArray().Select(p => p.GetProperty("status").GetString()!).ToArray());
        Assert.All(phases.EnumerateArray(), p => Assert.Equal(TestDates.Today, p.GetProperty("startedOn").GetString()));
        Assert.Equal(TestDates.Today, phases[0].GetProperty("endedOn").GetString());
        Assert.Equal(JsonValueKind.Null, phases[3].GetProperty("endedOn").ValueKind);

        var history = await writer.GetFromJsonAsync<JsonElement>($"{created.Url}/history?pageSize=100");
        var kinds = history.GetProperty("items").EnumerateArray().Select(h => h.GetProperty("kind").GetString()!).ToArray();
        Assert.Equal("phaseChanged", kinds[0]);
        Assert.Equal("created", kinds[^1]);
        Assert.Contains("decisionRecorded", kinds);
        Assert.Contains("roleAssigned", kinds);
        Assert.Contains("operatingSinceSet", kinds);
        Assert.Equal("Test User (administrator)", history.GetProperty("items")[0].GetProperty("actorName").GetString());
    }

    [Theory]
    [InlineData("implementatie")]
    [InlineData("doorontwikkeling")]
    [InlineData("verkenning")]
    public async Task Only_the_next_phase_is_allowed(string to)
    {
        var created = await writer.CreateExploredAsync();

        var response = await writer.TransitionAsync(created.Id, to, created.ETag);

        var problem = await response.AssertProblemAsync(HttpStatusCode.Conflict, ProblemType.Conflict("phase-transition-not-allowed"));
        Assert.Equal("verkenning", problem.GetProperty("currentPhase").GetString());
        Assert.Equal("voorbereiding", problem.GetProperty("allowedNextPhase").GetString());
    }

    [Fact]
    public async Task Nothing_comes_after_doorontwikkeling()
    {
        var registered = await writer.RegisterAsync("doorontwikkeling", "2019-01-01");

        var response = await writer.TransitionAsync(registered.Id, "doorontwikkeling", registered.ETag);

        var problem = await response.AssertProblemAsync(HttpStatusCode.Conflict, ProblemType.Conflict("phase-transition-not-allowed"));
        Assert.Equal(JsonValueKind.Null, problem.GetProperty("allowedNextPhase").ValueKind);
    }

    [Fact]
    public async Task Unmet_exit_rules_are_all_listed_and_agree_with_readiness()
    {
        var created = await writer.CreateAsync(participants: [CollaborationApi.Participant("GM0489")]);

        var readiness = await writer.ReadinessAsync(created.Id);
        var response = await writer.TransitionAsync(created.Id, "voorbereiding", created.ETag);

        var problem = await response.AssertProblemAsync(HttpStatusCode.Conflict, ProblemType.Conflict("exit-rules-not-met"));
        var refused = problem.GetProperty("unmetRules").EnumerateArray().Select(r => r.GetProperty("code").GetString()!).ToArray();
        Assert.Equal(["at-least-two-participants", "task-types-chosen", "task-scope-chosen", "initiative-recorded"], refused);
        Assert.Equal(refused, readiness.UnmetCodes());
        Assert.False(readiness.GetProperty("ready").GetBoolean());
        Assert.All(problem.GetProperty("unmetRules").EnumerateArray(), r => Assert.False(string.IsNullOrEmpty(r.GetProperty("detail").GetString())));
    }

    [Fact]
    public async Task Readiness_and_transition_agree_at_every_step_of_voorbereiding()
    {
        var created = await writer.CreateExploredAsync();
        await writer.TransitionAsync(created.Id, "voorbereiding", created.ETag);

        // Each decision changes what readiness says; after each, the transition must decide the same.
        var steps = new Func<Task>[]
        {
            () => writer.DecideAsync(created.Id, "GM0489", "raad", "toestemming"),
            () => writer.DecideAsync(created.Id, "GM0489", "college", "besluitTotDeelname"),
            () => writer.DecideAsync(created.Id, "GM0613", "raad", "toestemming"),
            () => writer.DecideAsync(created.Id, "GM0613", "college", "besluitTotDeelname"),
        };
        foreach (var step in steps)
        {
            var readiness = await writer.ReadinessAsync(created.Id);
            var attempt = await writer.TransitionAsync(created.Id, "implementatie", null);
            Assert.Equal(readiness.GetProperty("ready").GetBoolean(), attempt.StatusCode == HttpStatusCode.Created);
            if (attempt.StatusCode == HttpStatusCode.Conflict)
            {
                var problem = await attempt.Content.ReadFromJsonAsync<JsonElement>();
                Assert.Equal(readiness.UnmetCodes(),
                    problem.GetProperty("unmetRules").EnumerateArray().Select(r => r.GetProperty("code").GetString()!).ToArray());
            }

            await step();
        }

        Assert.True((await writer.ReadinessAsync(created.Id)).GetProperty("ready").GetBoolean());
        Assert.Equal(HttpStatusCode.Created, (await writer.TransitionAsync(created.Id, "implementatie", null)).StatusCode);
    }

    [Fact]
    public async Task Readiness_names_the_municipalities_still_missing_a_decision()
    {
        var created = await writer.CreateExploredAsync();
        await writer.TransitionAsync(created.Id, "voorbereiding", created.ETag);
        await writer.DecideAsync(created.Id, "GM0489", "raad", "toestemming");
        await writer.DecideAsync(created.Id, "GM0489", "college", "besluitTotDeelname");

        var readiness = await writer.ReadinessAsync(created.Id);

        var decisions = readiness.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("code").GetString() == "required-decisions-recorded");
        Assert.False(decisions.GetProperty("met").GetBoolean());
        var detail = decisions.GetProperty("detail").GetString()!;
        Assert.Contains("GM0613", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("GM0489", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_negative_toestemming_blocks_until_a_later_positive_one()
    {
        var created = await writer.CreateExploredAsync();
        await writer.TransitionAsync(created.Id, "voorbereiding", created.ETag);
        await writer.DecideAllPublicLawAsync(created.Id);
        await writer.DecideAsync(created.Id, "GM0613", "raad", "toestemming", "negatief", "2024-05-01");

        Assert.Contains("required-decisions-recorded", (await writer.ReadinessAsync(created.Id)).UnmetCodes());

        await writer.DecideAsync(created.Id, "GM0613", "raad", "toestemming", "positief", "2024-06-01");
        Assert.Empty((await writer.ReadinessAsync(created.Id)).UnmetCodes());
    }

    [Fact]
    public async Task Private_law_needs_only_the_college_besluit()
    {
        var created = await writer.CreateExploredAsync("privaatrechtelijk", "stichting");
        await writer.TransitionAsync(created.Id, "voorbereiding", created.ETag);
        foreach (var municipality in new[] { "GM0489", "GM0613" })
        {
            await writer.DecideAsync(created.Id, municipality, "college", "besluitTotDeelname");
        }

        Assert.Empty((await writer.ReadinessAsync(created.Id)).UnmetCodes());
    }

    [Fact]
    public async Task Leaving_implementatie_needs_a_project_lead_and_a_reached_operating_date()
    {
        var created = await writer.CreateExploredAsync();
        await writer.TransitionAsync(created.Id, "voorbereiding", created.ETag);
        await writer.DecideAllPublicLawAsync(created.Id);
        await writer.TransitionAsync(created.Id, "implementatie", null);

        Assert.Equal(["project-lead-assigned", "operating-since-known"], (await writer.ReadinessAsync(created.Id)).UnmetCodes());

        await writer.PostAsJsonAsync($"{created.Url}/roles", new { kind = "adviseur", personName = "A. Adviseur", organisation = "Bureau" });
        var etag = (await writer.GetCollaborationAsync(created.Id)).ETag;
        await writer.SendWithIfMatchAsync(HttpMethod.Put, $"{created.Url}/operating-since", etag, new { operatingSince = "2999-01-01" });
        Assert.Equal(["project-lead-assigned", "operating-since-known"], (await writer.ReadinessAsync(created.Id)).UnmetCodes());

        await writer.PostAsJsonAsync($"{created.Url}/roles", new { kind = "programmamanager", personName = "P. Manager", organisation = "BAR" });
        Assert.Equal(["operating-since-known"], (await writer.ReadinessAsync(created.Id)).UnmetCodes());
    }

    [Fact]
    public async Task Transition_needs_if_match_and_a_rationale_and_no_future_date()
    {
        var created = await writer.CreateExploredAsync();

        var withoutIfMatch = await writer.SendWithIfMatchAsync(HttpMethod.Post, $"{created.Url}/phase-transitions", null,
            new { to = "voorbereiding", rationale = "x" });
        var invalid = await writer.SendWithIfMatchAsync(HttpMethod.Post, $"{created.Url}/phase-transitions", created.ETag,
            new { to = "voorbereiding", rationale = "", effectiveOn = "2999-01-01" });

        await withoutIfMatch.AssertProblemAsync(HttpStatusCode.PreconditionRequired, ProblemType.PreconditionRequired);
        var problem = await invalid.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
        Assert.NotEmpty(problem.ErrorsFor("rationale"));
        Assert.NotEmpty(problem.ErrorsFor("effectiveOn"));
    }

    [Fact]
    public async Task A_transition_cannot_take_effect_before_the_current_phase_began()
    {
        var created = await writer.CreateExploredAsync();
        // Verkenning began today, when the collaboration was created: yesterday is before it.
        var response = await writer.TransitionAsync(created.Id, "voorbereiding", created.ETag, TestDates.Yesterday);
        var first = await writer.TransitionAsync(created.Id, "voorbereiding", created.ETag, TestDates.Today);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        await response.AssertProblemAsync(HttpStatusCode.Conflict, ProblemType.Conflict("effective-date-before-phase-start"));
    }

    [Fact]
    public async Task Two_clients_transitioning_at_once_one_wins_the_other_gets_412()
    {
        var created = await writer.CreateExploredAsync();
        var other = api.Writer();

        var responses = await Task.WhenAll(
            writer.TransitionAsync(created.Id, "voorbereiding", created.ETag),
            other.TransitionAsync(created.Id, "voorbereiding", created.ETag));

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.PreconditionFailed], responses.Select(r => r.StatusCode).Order());
        var transitions = await writer.GetItemsAsync($"{created.Url}/phase-transitions");
        Assert.Equal(1, transitions.GetArrayLength());
    }

    [Fact]
    public async Task After_verkenning_participants_withdraw_instead_of_being_removed_and_deletion_is_refused()
    {
        var created = await writer.CreateExploredAsync();
        await writer.TransitionAsync(created.Id, "voorbereiding", created.ETag);

        var removal = await writer.DeleteAsync($"{created.Url}/participants/GM0613");
        var withdrawal = await writer.PostAsJsonAsync($"{created.Url}/participants/GM0613/withdrawal", new { leftOn = TestDates.Today, reason = "Kiest een andere partner" });
        var again = await writer.PostAsJsonAsync($"{created.Url}/participants/GM0613/withdrawal", new { leftOn = TestDates.Today, reason = "Nogmaals" });
        var etag = (await writer.GetCollaborationAsync(created.Id)).ETag;
        var deletion = await writer.SendWithIfMatchAsync(HttpMethod.Delete, created.Url, etag);

        await removal.AssertProblemAsync(HttpStatusCode.Conflict, ProblemType.Conflict("participant-removal-not-allowed"));
        Assert.Equal(HttpStatusCode.OK, withdrawal.StatusCode);
        await again.AssertProblemAsync(HttpStatusCode.Conflict, ProblemType.Conflict("participant-already-left"));
        await deletion.AssertProblemAsync(HttpStatusCode.Conflict, ProblemType.Conflict("deletion-not-allowed"));
        var participants = await writer.GetItemsAsync($"{created.Url}/participants");
        var former = participants.EnumerateArray().Single(p => p.GetProperty("municipalityCode").GetString() == "GM0613");
        Assert.Equal(TestDates.Today, former.GetProperty("leftOn").GetString());
        Assert.False(former.GetProperty("isActive").GetBoolean());
        Assert.Equal("Kiest een andere partner", former.GetProperty("withdrawalReason").GetString());
    }
}
