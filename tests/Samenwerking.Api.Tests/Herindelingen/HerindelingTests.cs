using static Samenwerking.Api.Tests.Herindelingen.HerindelingApi;

namespace Samenwerking.Api.Tests.Herindelingen;

/// <summary>
/// Herindelingen as the shipped reference data holds them: on 1 January 2019 Haren and Ten Boer joined Groningen, and Bedum
/// went into the new Het Hogeland. A dry run reports, applying passes participations, roles, registers and subscriptions on.
/// </summary>
public sealed class HerindelingTests(ApiFactory api)
{
    private const string Joined = "nl.samenwerking.collaboration.participant-joined";

    private readonly HttpClient admin = api.Writer();

    [Fact]
    public async Task A_dry_run_reports_every_collaboration_role_register_entry_and_subscription_and_changes_nothing()
    {
        var centre = await admin.CreateAsync(participants: [Before(Haren, "centrumgemeente"), Before(TenBoer), Before("GM0003")], extra: new
        {
            legalForm = new { kind = "publiekrechtelijk", instrument = "centrumgemeente" },
            register = new { bronhouder = Haren },
        });
        var withGroningen = await admin.CreateAsync(participants: [Before(Haren), Before(Groningen)]);
        var elsewhere = await admin.CreateAsync(participants: [Before("GM0003"), Before("GM0010")]);
        await using var receiver = await WebhookReceiver.StartAsync();
        var (subscription, _) = await admin.SubscribeAsync(receiver.Url, [Joined], Haren);

        var report = await (await admin.PostAsJsonAsync(DryRuns, IntoGroningen)).ReportAsync();

        Assert.False(report.GetProperty("applied").GetBoolean());
        Assert.Equal(["GM0009", "GM0017"], report.GetProperty("endingMunicipalityCodes").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(
            ["participationEnds GM0017→GM0014", "participationEnds GM0009→GM0014", "successorJoins GM0017→GM0014", "centrumgemeentePasses GM0017→GM0014",
             "bronhouderPasses GM0017→GM0014"],
            report.ChangesFor(centre.Id));
        Assert.Equal(["participationEnds GM0017→GM0014", "successorAlreadyTakesPart GM0017→GM0014"], report.ChangesFor(withGroningen.Id));
        Assert.Empty(report.ChangesFor(elsewhere.Id));
        var subscriptions = report.GetProperty("subscriptions").EnumerateArray().ToList();
        Assert.Equal(subscription, Assert.Single(subscriptions).GetProperty("subscriptionId").GetGuid());
        Assert.Equal(centre.ETag, (await admin.GetCollaborationAsync(centre.Id)).ETag);
        Assert.True((await admin.ParticipantsAsync(centre.Id)).Of(Haren, active: true).ValueKind == JsonValueKind.Object);
        Assert.Equal(Haren, (await admin.GetFromJsonAsync<JsonElement>($"{SubscriptionApi.Path}/{subscription}")).GetProperty("municipalityCode").GetString());
    }

    [Fact]
    public async Task Applied_participations_roles_registers_and_subscriptions_pass_to_the_successor_with_history_and_events()
    {
        var centre = await admin.CreateAsync(participants: [Before(Haren, "centrumgemeente"), Before(TenBoer), Before("GM0003")], extra: new
        {
            legalForm = new { kind = "publiekrechtelijk", instrument = "centrumgemeente" },
            register = new { bronhouder = Haren },
        });
        await using var receiver = await WebhookReceiver.StartAsync();
        var (subscription, _) = await admin.SubscribeAsync(receiver.Url, [Joined], TenBoer);

        var report = await (await admin.PostAsJsonAsync(Applications, IntoGroningen)).ReportAsync();

        Assert.True(report.GetProperty("applied").GetBoolean());
        Assert.Contains("centrumgemeentePasses GM0017→GM0014", report.ChangesFor(centre.Id));
        var participants = await admin.ParticipantsAsync(centre.Id);
        foreach (var ended in new[] { Haren, TenBoer })
        {
            var participant = participants.Of(ended, active: false);
            Assert.Equal("2019-01-01", participant.GetProperty("leftOn").GetString());
            Assert.Equal("herindeling", participant.GetProperty("withdrawalReason").GetString());
        }

        var successor = participants.Of(Groningen, active: true);
        Assert.Equal("2019-01-01", successor.GetProperty("joinedOn").GetString());
        Assert.Equal("centrumgemeente", successor.GetProperty("role").GetString());
        Assert.Equal(Groningen, (await admin.GetCollaborationAsync(centre.Id)).Body.GetProperty("register").GetProperty("bronhouder").GetString());
        Assert.Equal(Groningen, (await admin.GetFromJsonAsync<JsonElement>($"{SubscriptionApi.Path}/{subscription}")).GetProperty("municipalityCode").GetString());

        // The registers follow: Groningen's lists the regeling, Haren's active register no longer does.
        var groningen = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/municipalities/{Groningen}/collaborations?pageSize=100");
        Assert.Contains(groningen.GetProperty("items").EnumerateArray(), c => c.GetProperty("collaborationId").GetGuid() == centre.Id);
        var haren = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/municipalities/{Haren}/collaborations?pageSize=100");
        Assert.DoesNotContain(haren.GetProperty("items").EnumerateArray(), c => c.GetProperty("collaborationId").GetGuid() == centre.Id);

        var history = (await admin.GetFromJsonAsync<JsonElement>($"{centre.Url}/history?pageSize=100")).GetProperty("items").EnumerateArray()
            .Select(h => h.GetProperty("kind").GetString()).ToList();
        Assert.Equal(2, history.Count(k => k == "participantSucceeded"));
        Assert.Contains("centrumgemeenteSucceeded", history);
        Assert.Contains("bronhouderSucceeded", history);
        var events = (await api.EventsAboutAsync(centre.Id)).Select(e => e.Type()).ToList();
        Assert.Equal(2, events.Count(t => t == "nl.samenwerking.collaboration.participant-succeeded"));
        Assert.Contains("nl.samenwerking.collaboration.centrumgemeente-succeeded", events);
        Assert.Contains("nl.samenwerking.collaboration.bronhouder-succeeded", events);
        Assert.Single(events, t => t == "nl.samenwerking.collaboration.participant-joined");
    }

    [Fact]
    public async Task A_successor_that_already_takes_part_keeps_its_own_participation()
    {
        var collaboration = await admin.CreateAsync(participants: [Before(Haren), Before(Groningen, "centrumgemeente"), Before("GM0003")]);

        await (await admin.PostAsJsonAsync(Applications, IntoGroningen)).ReportAsync();

        var participants = await admin.ParticipantsAsync(collaboration.Id);
        var groningen = participants.Of(Groningen, active: true);
        Assert.Equal("2015-01-01", groningen.GetProperty("joinedOn").GetString());
        Assert.Equal("centrumgemeente", groningen.GetProperty("role").GetString());
        Assert.Single(participants, p => p.GetProperty("municipalityCode").GetString() == Groningen);
        Assert.Equal(2, participants.Count(p => p.GetProperty("isActive").GetBoolean()));
    }

    [Fact]
    public async Task A_legal_succession_is_not_stopped_by_the_collaborations_own_rules_for_withdrawals()
    {
        // Operating, with Haren and Ten Boer only: a withdrawal could never leave one participant, and in verkenning
        // a participant cannot withdraw at all. Both herindelingen pass them on all the same.
        var operating = await admin.OperatingAsync(Before(Haren), Before(TenBoer));
        var exploring = await admin.CreateAsync(participants: [Before(Haren), Before(TenBoer)]);

        var report = await (await admin.PostAsJsonAsync(Applications, IntoGroningen)).ReportAsync();

        Assert.NotEmpty(report.ChangesFor(operating.Id));
        foreach (var id in new[] { operating.Id, exploring.Id })
        {
            var active = (await admin.ParticipantsAsync(id)).Where(p => p.GetProperty("isActive").GetBoolean()).ToList();
            Assert.Equal(Groningen, Assert.Single(active).GetProperty("municipalityCode").GetString());
        }
    }

    [Fact]
    public async Task A_new_municipality_succeeds_and_joins_on_the_date()
    {
        var collaboration = await admin.OperatingAsync(Before(Bedum), Before("GM0010"));

        var report = await (await admin.PostAsJsonAsync(Applications, IntoHetHogeland)).ReportAsync();

        Assert.Equal(["participationEnds GM0005→GM1966", "successorJoins GM0005→GM1966"], report.ChangesFor(collaboration.Id));
        var hogeland = (await admin.ParticipantsAsync(collaboration.Id)).Of(HetHogeland, active: true);
        Assert.Equal("2019-01-01", hogeland.GetProperty("joinedOn").GetString());
        Assert.Equal("Het Hogeland", hogeland.GetProperty("municipalityName").GetString());
    }

    [Fact]
    public async Task Applying_the_same_herindeling_twice_changes_nothing_the_second_time()
    {
        var collaboration = await admin.CreateAsync(participants: [Before(Haren), Before("GM0003")]);
        await using var receiver = await WebhookReceiver.StartAsync();
        await admin.SubscribeAsync(receiver.Url, [Joined], Haren);
        var first = await (await admin.PostAsJsonAsync(Applications, IntoGroningen)).ReportAsync();
        var (_, etag) = await admin.GetCollaborationAsync(collaboration.Id);
        var historyBefore = (await admin.GetFromJsonAsync<JsonElement>($"{collaboration.Url}/history?pageSize=100")).GetProperty("items").GetArrayLength();

        var second = await (await admin.PostAsJsonAsync(Applications, IntoGroningen)).ReportAsync();

        Assert.NotEmpty(first.ChangesFor(collaboration.Id));
        Assert.Empty(second.GetProperty("collaborations").EnumerateArray());
        Assert.Empty(second.GetProperty("subscriptions").EnumerateArray());
        Assert.Equal(etag, (await admin.GetCollaborationAsync(collaboration.Id)).ETag);
        Assert.Equal(historyBefore, (await admin.GetFromJsonAsync<JsonElement>($"{collaboration.Url}/history?pageSize=100")).GetProperty("items").GetArrayLength());
    }

    [Theory]
    [InlineData("en", "does not end")]
    [InlineData("nl", "eindigt deze gemeente niet")]
    public async Task A_municipality_the_reference_data_does_not_end_on_that_date_is_refused(string language, string words)
    {
        var response = await SendAsync(DryRuns, new { effectiveOn = "2019-01-01", endingMunicipalityCodes = new[] { "GM0363" }, successorCode = Groningen }, language);

        var problem = await response.AssertProblemAsync(HttpStatusCode.Conflict, ProblemType.Conflict("municipality-does-not-end"));
        Assert.Contains(words, problem.GetProperty("title").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("GM0363", problem.GetProperty("municipalityCode").GetString());
        Assert.Equal("2019-01-01", problem.GetProperty("effectiveOn").GetString());
    }

    [Theory]
    [InlineData("en", "does not exist")]
    [InlineData("nl", "bestaat niet")]
    public async Task A_successor_that_does_not_exist_on_the_date_is_refused(string language, string words)
    {
        // Bellingwedde ended on 1 January 2018; Het Hogeland only exists from 2019.
        var response = await SendAsync(Applications, new { effectiveOn = "2018-01-01", endingMunicipalityCodes = new[] { "GM0007" }, successorCode = HetHogeland },
            language);

        var problem = await response.AssertProblemAsync(HttpStatusCode.Conflict, ProblemType.Conflict("successor-not-in-force"));
        Assert.Contains(words, problem.GetProperty("title").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HetHogeland, problem.GetProperty("successorCode").GetString());
    }

    [Theory]
    [InlineData("en", "another successor")]
    [InlineData("nl", "andere opvolger")]
    public async Task A_successor_other_than_the_reference_data_names_is_refused(string language, string words)
    {
        var recorded = await admin.PostAsJsonAsync(MunicipalityRecordsApi.Path, new
        {
            records = new[] { new { code = Haren, name = "Haren", provinceCode = "PV20", provinceName = "Groningen", validFrom = "1970-01-01", validTo = "2019-01-01", successorCode = Groningen } },
        });
        Assert.True(recorded.IsSuccessStatusCode, await recorded.Content.ReadAsStringAsync());

        var response = await SendAsync(DryRuns, new { effectiveOn = "2019-01-01", endingMunicipalityCodes = new[] { Haren }, successorCode = HetHogeland }, language);

        var problem = await response.AssertProblemAsync(HttpStatusCode.Conflict, ProblemType.Conflict("successor-differs"));
        Assert.Contains(words, problem.GetProperty("title").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(Groningen, problem.GetProperty("successorCode").GetString());
    }

    [Theory]
    [InlineData("en", "future")]
    [InlineData("nl", "toekomst")]
    public async Task A_herindeling_to_come_has_a_dry_run_but_is_applied_only_from_its_date(string language, string words)
    {
        var nextYear = DateTime.UtcNow.Year + 1;
        var recorded = await admin.PostAsJsonAsync(MunicipalityRecordsApi.Path, new
        {
            records = new object[]
            {
                new { code = "GM9980", name = "Nieuwland (fictief)", provinceCode = "PV26", provinceName = "Utrecht", validFrom = $"{nextYear}-01-01" },
                new { code = "GM9981", name = "Oudland (fictief)", provinceCode = "PV26", provinceName = "Utrecht", validFrom = "2000-01-01", validTo = $"{nextYear}-01-01", successorCode = "GM9980" },
            },
        });
        Assert.True(recorded.IsSuccessStatusCode, await recorded.Content.ReadAsStringAsync());
        var collaboration = await admin.CreateAsync(participants: [CollaborationApi.Participant("GM9981"), Before("GM0003")]);
        var herindeling = new { effectiveOn = $"{nextYear}-01-01", endingMunicipalityCodes = new[] { "GM9981" }, successorCode = "GM9980" };

        var dryRun = await (await admin.PostAsJsonAsync(DryRuns, herindeling)).ReportAsync();
        var applied = await SendAsync(Applications, herindeling, language);

        Assert.Equal(["participationEnds GM9981→GM9980", "successorJoins GM9981→GM9980"], dryRun.ChangesFor(collaboration.Id));
        var problem = await applied.AssertProblemAsync(HttpStatusCode.Conflict, ProblemType.Conflict("herindeling-not-yet-in-effect"));
        Assert.Contains(words, problem.GetProperty("title").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.True((await admin.ParticipantsAsync(collaboration.Id)).Of("GM9981", active: true).ValueKind == JsonValueKind.Object);
    }

    [Fact]
    public async Task A_malformed_herindeling_is_400_with_every_field_at_once()
    {
        var response = await admin.PostAsJsonAsync(DryRuns, new { endingMunicipalityCodes = new[] { Groningen, Groningen, "Haren" }, successorCode = Groningen });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
        Assert.NotEmpty(problem.ErrorsFor("effectiveOn"));
        Assert.NotEmpty(problem.ErrorsFor("endingMunicipalityCodes"));
        Assert.NotEmpty(problem.ErrorsFor("endingMunicipalityCodes[2]"));
        Assert.NotEmpty(problem.ErrorsFor("successorCode"));
    }

    [Theory]
    [InlineData(DryRuns, "en", "Administrators only")]
    [InlineData(Applications, "nl", "Alleen voor beheerders")]
    public async Task Only_administrators_declare_herindelingen(string path, string language, string title)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(IntoGroningen) };
        request.Headers.AcceptLanguage.ParseAdd(language);

        var response = await api.MunicipalUser(Groningen).SendAsync(request);

        var problem = await response.AssertProblemAsync(HttpStatusCode.Forbidden, ProblemType.Refusal("administrators-only"));
        Assert.Equal(title, problem.GetProperty("title").GetString());
    }

    private Task<HttpResponseMessage> SendAsync(string path, object body, string language)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.AcceptLanguage.ParseAdd(language);
        return admin.SendAsync(request);
    }
}
