using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace Samenwerking.Api.Tests.Events;

/// <summary>What a subscription's owner can do with it after creating it: edit, test, redeliver, reactivate, rotate its secret.</summary>
public sealed class SubscriptionManagementTests(ApiFactory api)
{
    private const string Prefix = "nl.samenwerking.collaboration.";
    private readonly HttpClient owner = api.Writer();

    [Fact]
    public async Task A_merge_patch_with_the_current_etag_edits_what_is_delivered()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var (id, _) = await owner.SubscribeAsync(receiver.Url, [Prefix + "created"], "GM0489");
        var (_, etag) = await owner.GetSubscriptionAsync(id);

        var response = await owner.PatchSubscriptionAsync(id, etag, $$"""{ "eventTypes": ["{{Prefix}}participant-joined"], "municipalityCode": null }""");
        var elsewhere = await owner.CreateAsync(participants: [CollaborationApi.Participant("GM0597"), CollaborationApi.Participant("GM0599")]);
        await owner.PostAsJsonAsync($"{elsewhere.Url}/participants", CollaborationApi.Participant("GM0542", "2021-01-01"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(etag, response.Headers.ETag!.Tag);
        var edited = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal([Prefix + "participant-joined"], edited.GetProperty("eventTypes").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(JsonValueKind.Null, edited.GetProperty("municipalityCode").ValueKind);
        Assert.Equal(receiver.Url, edited.GetProperty("callbackUrl").GetString());
        Assert.Equal(Prefix + "participant-joined", Assert.Single(await receiver.AcceptedAboutAsync(elsewhere.Id, 1)).Type);
    }

    [Fact]
    public async Task A_merge_patch_needs_the_current_etag_and_its_media_type()
    {
        var (id, _) = await owner.SubscribeAsync("https://ontvanger.example/hook", [Prefix + "created"]);
        var (_, etag) = await owner.GetSubscriptionAsync(id);
        const string Patch = """{ "municipalityCode": "GM0489" }""";

        var withoutIfMatch = await owner.PatchSubscriptionAsync(id, null, Patch);
        var stale = await owner.PatchSubscriptionAsync(id, "\"1\"", Patch);
        var plainJson = await owner.PatchSubscriptionAsync(id, etag, Patch, "application/json");
        var notAnObject = await owner.PatchSubscriptionAsync(id, etag, "[]");

        await withoutIfMatch.AssertProblemAsync(HttpStatusCode.PreconditionRequired, ProblemType.PreconditionRequired);
        await stale.AssertProblemAsync(HttpStatusCode.PreconditionFailed, ProblemType.PreconditionFailed);
        Assert.Equal(etag, stale.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, plainJson.StatusCode);
        await notAnObject.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
    }

    [Theory]
    [InlineData("""{ "callbackUrl": "https://10.1.2.3/hook" }""", "callbackUrl")]
    [InlineData("""{ "callbackUrl": "https://[64:ff9b::a9fe:a9fe]/latest/meta-data" }""", "callbackUrl")]
    [InlineData("""{ "callbackUrl": "https://user:secret@ontvanger.example/hook" }""", "callbackUrl")]
    [InlineData("""{ "callbackUrl": null }""", "callbackUrl")]
    [InlineData("""{ "eventTypes": [] }""", "eventTypes")]
    [InlineData("""{ "eventTypes": ["collaboration.created"] }""", "eventTypes[0]")]
    [InlineData("""{ "municipalityCode": "0489" }""", "municipalityCode")]
    public async Task An_edited_subscription_is_checked_as_a_new_one(string patch, string field)
    {
        var (id, _) = await owner.SubscribeAsync("https://ontvanger.example/hook", [Prefix + "created"]);
        var (_, etag) = await owner.GetSubscriptionAsync(id);

        var response = await owner.PatchSubscriptionAsync(id, etag, patch);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
        Assert.NotEmpty(problem.ErrorsFor(field));
        Assert.Equal("https://ontvanger.example/hook", (await owner.GetSubscriptionAsync(id)).Body.GetProperty("callbackUrl").GetString());
    }

    [Fact]
    public async Task A_test_event_is_signed_and_reports_the_receivers_answer()
    {
        await using var accepting = await WebhookReceiver.StartAsync();
        await using var refusing = await WebhookReceiver.StartAsync(WebhookReceiver.Behaviour.AlwaysFail);
        // Amsterdam takes part in no collaboration these tests create: the test events are all the receivers get.
        var (accepted, secret) = await owner.SubscribeAsync(accepting.Url, [Prefix + "created"], "GM0363");
        var (refused, _) = await owner.SubscribeAsync(refusing.Url, [Prefix + "created"], "GM0363");

        var toAccepting = await (await owner.PostAsync($"{SubscriptionApi.Path}/{accepted}/test-events", null)).Content.ReadFromJsonAsync<JsonElement>();
        var toRefusing = await (await owner.PostAsync($"{SubscriptionApi.Path}/{refused}/test-events", null)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.True(toAccepting.GetProperty("delivered").GetBoolean());
        Assert.Equal(204, toAccepting.GetProperty("statusCode").GetInt32());
        Assert.True(toAccepting.GetProperty("durationMilliseconds").GetInt64() >= 0);
        Assert.Equal(JsonValueKind.Null, toAccepting.GetProperty("error").ValueKind);
        var test = Assert.Single(accepting.Deliveries);
        Assert.Equal(toAccepting.GetProperty("eventId").GetString(), test.Id);
        Assert.Equal("nl.samenwerking.subscription.test", test.Type);
        Assert.Equal(accepted.ToString(), test.Subject);
        Assert.Equal([Sign(secret, test)], test.Signature.Split(' '));
        Assert.False(toRefusing.GetProperty("delivered").GetBoolean());
        Assert.Equal(500, toRefusing.GetProperty("statusCode").GetInt32());
        Assert.Contains("500", toRefusing.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Single(refusing.Deliveries);
    }

    [Fact]
    public async Task A_test_event_to_a_receiver_that_is_not_there_reports_no_answer()
    {
        var (id, _) = await owner.SubscribeAsync(UnusedLoopbackUrl(), [Prefix + "created"], "GM0363");

        var result = await (await owner.PostAsync($"{SubscriptionApi.Path}/{id}/test-events", null)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.False(result.GetProperty("delivered").GetBoolean());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("statusCode").ValueKind);
        Assert.False(string.IsNullOrEmpty(result.GetProperty("error").GetString()));
    }

    [Fact]
    public async Task Redelivering_from_a_cursor_sends_the_events_after_it_again()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var (id, _) = await owner.SubscribeAsync(receiver.Url, [Prefix + "participant-joined"], "GM0489");
        var (before, _) = await owner.GetSubscriptionAsync(id);
        var created = await owner.CreateAsync();
        await owner.PostAsJsonAsync($"{created.Url}/participants", CollaborationApi.Participant("GM0597", "2021-01-01"));
        await owner.PostAsJsonAsync($"{created.Url}/participants", CollaborationApi.Participant("GM0599", "2021-01-01"));
        var first = await receiver.AcceptedAboutAsync(created.Id, 2);

        var response = await owner.PostAsJsonAsync($"{SubscriptionApi.Path}/{id}/redeliveries",
            new { after = before.GetProperty("delivery").GetProperty("cursor").GetString() });
        var again = await receiver.AcceptedAboutAsync(created.Id, 4);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(response.Headers.ETag);
        Assert.Equal(2, first.Count);
        Assert.Equal(first.Select(d => d.Id).Concat(first.Select(d => d.Id)), again.Select(d => d.Id));
    }

    [Fact]
    public async Task A_cursor_past_the_end_of_the_feed_or_not_of_the_feed_is_refused()
    {
        var (id, _) = await owner.SubscribeAsync("https://ontvanger.example/hook", [Prefix + "created"]);

        var ahead = await owner.PostAsJsonAsync($"{SubscriptionApi.Path}/{id}/redeliveries", new { after = $"{long.MaxValue}-1" });
        var foreign = await owner.PostAsJsonAsync($"{SubscriptionApi.Path}/{id}/redeliveries", new { after = "gisteren" });

        var problem = await ahead.AssertProblemAsync(HttpStatusCode.Conflict, ProblemType.Conflict("redelivery-past-feed-end"));
        Assert.Matches("^[0-9]+-[0-9]+$", problem.GetProperty("feedEnd").GetString());
        var invalid = await foreign.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
        Assert.NotEmpty(invalid.ErrorsFor("after"));
    }

    [Fact]
    public async Task A_failing_subscription_is_reactivated_and_an_active_one_is_refused()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var (id, _) = await owner.SubscribeAsync(receiver.Url, [Prefix + "created"], "GM0489");
        var active = await owner.PostAsync($"{SubscriptionApi.Path}/{id}/reactivations", null);
        await StopAsFailingAsync(id);
        var created = await owner.CreateAsync();
        await api.CatchUpAsync();
        var whileFailing = await owner.GetSubscriptionAsync(id);

        var response = await owner.PostAsync($"{SubscriptionApi.Path}/{id}/reactivations", null);

        await active.AssertProblemAsync(HttpStatusCode.Conflict, ProblemType.Conflict("subscription-not-failing"));
        Assert.Equal("failing", whileFailing.Body.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("active", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Single(await receiver.AcceptedAboutAsync(created.Id, 1));
    }

    [Fact]
    public async Task During_a_rotation_overlap_both_secrets_sign_and_without_one_only_the_new()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var (id, oldSecret) = await owner.SubscribeAsync(receiver.Url, [Prefix + "created"], "GM0489");

        var overlapping = await (await owner.PostAsJsonAsync($"{SubscriptionApi.Path}/{id}/secret-rotations", new { overlapMinutes = 60 }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var duringOverlap = await owner.CreateAsync();
        var first = Assert.Single(await receiver.AcceptedAboutAsync(duringOverlap.Id, 1));
        var immediate = await (await owner.PostAsJsonAsync($"{SubscriptionApi.Path}/{id}/secret-rotations", new { overlapMinutes = 0 }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var afterwards = await owner.CreateAsync();
        var second = Assert.Single(await receiver.AcceptedAboutAsync(afterwards.Id, 1));

        var newSecret = overlapping.GetProperty("secret").GetString()!;
        var newestSecret = immediate.GetProperty("secret").GetString()!;
        Assert.NotEqual(oldSecret, newSecret);
        Assert.NotEqual(JsonValueKind.Null, overlapping.GetProperty("subscription").GetProperty("previousSecretExpiresAt").ValueKind);
        Assert.Equal([Sign(newSecret, first), Sign(oldSecret, first)], first.Signature.Split(' '));
        Assert.Equal(JsonValueKind.Null, immediate.GetProperty("subscription").GetProperty("previousSecretExpiresAt").ValueKind);
        Assert.Equal([Sign(newestSecret, second)], second.Signature.Split(' '));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(10081)]
    public async Task An_overlap_longer_than_a_week_or_negative_is_refused(int overlapMinutes)
    {
        var (id, _) = await owner.SubscribeAsync("https://ontvanger.example/hook", [Prefix + "created"]);

        var response = await owner.PostAsJsonAsync($"{SubscriptionApi.Path}/{id}/secret-rotations", new { overlapMinutes });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
        Assert.NotEmpty(problem.ErrorsFor("overlapMinutes"));
    }

    [Fact]
    public async Task Only_the_owner_or_an_administrator_changes_a_subscription()
    {
        var subscriber = api.ClientWithToken(TestTokens.Create([TestTokens.ReadScope], subject: "the-subscriber"));
        var other = api.ClientWithToken(TestTokens.Create([TestTokens.ReadScope], subject: "someone-else"));
        var (id, _) = await subscriber.SubscribeAsync("https://ontvanger.example/hook", [Prefix + "created"]);
        var (_, etag) = await subscriber.GetSubscriptionAsync(id);
        var path = $"{SubscriptionApi.Path}/{id}";

        HttpResponseMessage[] byOther =
        [
            await other.PatchSubscriptionAsync(id, etag, """{ "municipalityCode": "GM0363" }"""),
            await other.PostAsync($"{path}/test-events", null),
            await other.PostAsJsonAsync($"{path}/redeliveries", new { after = "" }),
            await other.PostAsync($"{path}/reactivations", null),
            await other.PostAsJsonAsync($"{path}/secret-rotations", new { overlapMinutes = 0 }),
        ];
        var byAdministrator = await owner.PatchSubscriptionAsync(id, etag, """{ "municipalityCode": "GM0363" }""");
        var byOwner = await subscriber.PostAsJsonAsync($"{path}/secret-rotations", new { overlapMinutes = 0 });

        foreach (var response in byOther)
        {
            await response.AssertProblemAsync(HttpStatusCode.NotFound, ProblemType.NotFound);
        }

        Assert.Equal(HttpStatusCode.OK, byAdministrator.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byOwner.StatusCode);
    }

    [Fact]
    public async Task Status_and_event_types_are_enumerations_in_the_contract()
    {
        var contract = await api.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/openapi.json");
        var schemas = contract.GetProperty("components").GetProperty("schemas");

        Assert.Equal(["active", "failing"], schemas.GetProperty("SubscriptionStatus").GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
        Assert.Contains(Prefix + "phase-changed", schemas.GetProperty("EventType").GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
    }

    private async Task StopAsFailingAsync(Guid id)
    {
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "UPDATE webhook_subscriptions SET is_failing = true, failing_since = now() - interval '1 day', failed_attempts = 30 WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", id);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>A loopback address nobody listens on: a port the system handed out and took back.</summary>
    private static string UnusedLoopbackUrl()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"http://127.0.0.1:{port}/hook";
    }

    private static string Sign(string secret, WebhookReceiver.Delivery delivery)
    {
        var key = Convert.FromBase64String(secret["whsec_".Length..]);
        return "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{delivery.Id}.{delivery.Timestamp}.{delivery.Body}")));
    }
}
