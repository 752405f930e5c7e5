using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Samenwerking.Api.Webhooks;

namespace Samenwerking.Api.Tests.Events;

public sealed class WebhookTests(ApiFactory api)
{
    private const string Prefix = "nl.samenwerking.collaboration.";
    private readonly HttpClient writer = api.Writer();

    [Fact]
    public async Task A_receiver_gets_signed_cloudevents_in_order()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var (id, secret) = await writer.SubscribeAsync(receiver.Url, [Prefix + "created", Prefix + "participant-joined"], "GM0489");
        try
        {
            var created = await writer.CreateAsync();
            await writer.PostAsJsonAsync($"{created.Url}/participants", CollaborationApi.Participant("GM0597", "2021-01-01"));
            await writer.PostAsJsonAsync($"{created.Url}/participants", CollaborationApi.Participant("GM0599", "2021-01-01"));

            var deliveries = await receiver.AcceptedAboutAsync(created.Id, 3);

            Assert.Equal([Prefix + "created", Prefix + "participant-joined", Prefix + "participant-joined"], deliveries.Select(d => d.Type));
            Assert.Equal(["GM0597", "GM0599"], deliveries.Skip(1).Select(d => d.CloudEvent.GetProperty("data").GetProperty("municipalityCode").GetString()));
            Assert.All(deliveries, delivery =>
            {
                Assert.StartsWith("application/cloudevents+json", delivery.ContentType, StringComparison.Ordinal);
                Assert.Equal(delivery.CloudEvent.GetProperty("id").GetString(), delivery.Id);
                Assert.Equal(ExpectedSignature(secret, delivery), delivery.Signature);
                Assert.InRange(long.Parse(delivery.Timestamp, System.Globalization.CultureInfo.InvariantCulture),
                    DateTimeOffset.UtcNow.AddMinutes(-5).ToUnixTimeSeconds(), DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 1);
            });
            var state = await writer.GetFromJsonAsync<JsonElement>($"{SubscriptionApi.Path}/{id}");
            Assert.Equal("active", state.GetProperty("status").GetString());
            Assert.Equal(0, state.GetProperty("delivery").GetProperty("failedAttempts").GetInt32());
        }
        finally
        {
            await writer.DeleteAsync($"{SubscriptionApi.Path}/{id}");
        }
    }

    [Fact]
    public async Task Events_that_do_not_match_the_filter_are_not_sent()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var (id, _) = await writer.SubscribeAsync(receiver.Url, [Prefix + "participant-joined"], "GM0489");
        try
        {
            var elsewhere = await writer.CreateAsync(participants: [CollaborationApi.Participant("GM0597"), CollaborationApi.Participant("GM0599")]);
            await writer.PostAsJsonAsync($"{elsewhere.Url}/participants", CollaborationApi.Participant("GM0542", "2021-01-01"));
            var ours = await writer.CreateAsync();
            await writer.PostAsJsonAsync($"{ours.Url}/participants", CollaborationApi.Participant("GM0542", "2021-01-01"));

            var deliveries = await receiver.AcceptedAboutAsync(ours.Id, 1);

            Assert.Equal(Prefix + "participant-joined", Assert.Single(deliveries).Type);
            Assert.DoesNotContain(receiver.Deliveries, d => d.Subject == elsewhere.Id.ToString());
        }
        finally
        {
            await writer.DeleteAsync($"{SubscriptionApi.Path}/{id}");
        }
    }

    [Fact]
    public async Task A_receiver_that_answers_500_gets_the_same_event_again_later()
    {
        await using var receiver = await WebhookReceiver.StartAsync(failFirstAttempt: true);
        var (id, _) = await writer.SubscribeAsync(receiver.Url, [Prefix + "created"], "GM0489");
        try
        {
            var created = await writer.CreateAsync();

            var accepted = Assert.Single(await receiver.AcceptedAboutAsync(created.Id, 1));

            var failed = Assert.Single(receiver.Deliveries, d => d.Failed && d.Subject == created.Id.ToString());
            Assert.Equal(failed.Id, accepted.Id);
            Assert.Equal(failed.Body, accepted.Body);
        }
        finally
        {
            await writer.DeleteAsync($"{SubscriptionApi.Path}/{id}");
        }
    }

    [Fact]
    public async Task Two_dispatchers_deliver_each_event_once()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var (id, _) = await writer.SubscribeAsync(receiver.Url, [Prefix + "participant-joined"], "GM0489");
        try
        {
            var created = await writer.CreateAsync();
            foreach (var code in new[] { "GM0597", "GM0599", "GM0542", "GM0505", "GM0512" })
            {
                await writer.PostAsJsonAsync($"{created.Url}/participants", CollaborationApi.Participant(code, "2021-01-01"));
            }

            // Besides the API's own background dispatcher, two more compete for the same deliveries.
            var dispatcher = api.Services.GetRequiredService<WebhookDispatcher>();
            for (var round = 0; round < 20 && receiver.Deliveries.Count(d => d.Subject == created.Id.ToString()) < 5; round++)
            {
                await Task.WhenAll(dispatcher.RunPassAsync(CancellationToken.None), dispatcher.RunPassAsync(CancellationToken.None));
            }

            var deliveries = await receiver.AcceptedAboutAsync(created.Id, 5);
            Assert.Equal(5, deliveries.Count);
            Assert.Equal(5, deliveries.Select(d => d.Id).Distinct().Count());
            Assert.Equal(["GM0597", "GM0599", "GM0542", "GM0505", "GM0512"],
                deliveries.Select(d => d.CloudEvent.GetProperty("data").GetProperty("municipalityCode").GetString()));
        }
        finally
        {
            await writer.DeleteAsync($"{SubscriptionApi.Path}/{id}");
        }
    }

    [Fact]
    public async Task Only_the_owner_or_an_administrator_sees_or_deletes_a_subscription()
    {
        var (id, _) = await writer.SubscribeAsync("https://ontvanger.example/hook", [Prefix + "created"]);
        var other = api.CreateClient();
        other.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.Create([TestTokens.ReadScope], subject: "someone-else"));
        var admin = api.CreateClient();
        admin.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.Create([TestTokens.ReadScope, "samenwerking.admin"], subject: "an-admin"));

        var seenByOther = await other.GetAsync($"{SubscriptionApi.Path}/{id}");
        var listedForOther = await other.GetItemsAsync(SubscriptionApi.Path);
        var deletedByOther = await other.DeleteAsync($"{SubscriptionApi.Path}/{id}");
        var seenByOwner = await writer.GetFromJsonAsync<JsonElement>($"{SubscriptionApi.Path}/{id}");
        var listedForAdmin = await admin.GetItemsAsync(SubscriptionApi.Path);
        var deletedByAdmin = await admin.DeleteAsync($"{SubscriptionApi.Path}/{id}");
        var afterwards = await writer.GetAsync($"{SubscriptionApi.Path}/{id}");

        await seenByOther.AssertProblemAsync(HttpStatusCode.NotFound, ProblemType.NotFound);
        Assert.DoesNotContain(listedForOther.EnumerateArray(), s => s.GetProperty("id").GetGuid() == id);
        await deletedByOther.AssertProblemAsync(HttpStatusCode.NotFound, ProblemType.NotFound);
        Assert.False(seenByOwner.TryGetProperty("secret", out _));
        Assert.Contains(listedForAdmin.EnumerateArray(), s => s.GetProperty("id").GetGuid() == id);
        Assert.Equal(HttpStatusCode.NoContent, deletedByAdmin.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, afterwards.StatusCode);
    }

    [Fact]
    public async Task A_subscription_needs_known_event_types()
    {
        var response = await writer.PostAsJsonAsync(SubscriptionApi.Path, new
        {
            callbackUrl = "https://ontvanger.example/hook",
            eventTypes = new[] { "collaboration.created" },
            municipalityCode = "0489",
        });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
        Assert.NotEmpty(problem.ErrorsFor("eventTypes[0]"));
        Assert.NotEmpty(problem.ErrorsFor("municipalityCode"));
    }

    [Fact]
    public async Task Outside_development_callbacks_must_be_https_to_public_addresses()
    {
        string[] refused =
        [
            "http://ontvanger.example/hook", "https://127.0.0.1/hook", "http://127.0.0.1:8080/hook", "https://localhost/hook",
            "https://[::1]/hook", "https://10.1.2.3/hook", "https://192.168.1.10/hook", "https://169.254.169.254/latest/meta-data",
            "https://[fd00::1]/hook", "https://[::127.0.0.1]/hook", "https://[::ffff:127.0.0.1]/hook", "https://[64:ff9b::7f00:1]/hook",
            "https://[64:ff9b::a9fe:a9fe]/latest/meta-data", "https://[64:ff9b:1::a00:1]/hook", "https://[2002:7f00:1::1]/hook",
            "https://[2001:0:4136:e378:8000:63bf:80ff:fffe]/hook", "https://user:secret@ontvanger.example/hook", "https://token@ontvanger.example/hook",
        ];
        // The production setting: the loopback allowance the tests configure is ignored there.
        await using var production = api.WithWebHostBuilder(builder => builder.UseEnvironment("Production"));
        var client = production.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.Create([TestTokens.ReadScope]));

        foreach (var callbackUrl in refused)
        {
            var response = await client.PostAsJsonAsync(SubscriptionApi.Path, new { callbackUrl, eventTypes = new[] { Prefix + "created" } });

            var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
            Assert.NotEmpty(problem.ErrorsFor("callbackUrl"));
        }
    }

    [Fact]
    public async Task Private_addresses_are_refused_in_testing_too_and_the_refusal_is_dutch_when_asked()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, SubscriptionApi.Path)
        {
            Content = JsonContent.Create(new { callbackUrl = "https://10.1.2.3/hook", eventTypes = new[] { Prefix + "created" } }),
        };
        request.Headers.AcceptLanguage.ParseAdd("nl");

        var response = await writer.SendAsync(request);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
        Assert.Contains("privé-adres", Assert.Single(problem.ErrorsFor("callbackUrl")), StringComparison.Ordinal);
    }

    private static string ExpectedSignature(string secret, WebhookReceiver.Delivery delivery)
    {
        var key = Convert.FromBase64String(secret["whsec_".Length..]);
        var signed = Encoding.UTF8.GetBytes($"{delivery.Id}.{delivery.Timestamp}.{delivery.Body}");
        return "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, signed));
    }
}
