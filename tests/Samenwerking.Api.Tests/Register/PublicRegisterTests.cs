using Microsoft.AspNetCore.Hosting;

namespace Samenwerking.Api.Tests.Register;

/// <summary>The register open to anyone: anonymous JSON and CSV, cacheable, rate limited, without personal data.</summary>
public sealed class PublicRegisterTests(ApiFactory api)
{
    private const string Base = "/api/v1/public";

    private static string[] Urls(PublicRegisterScenario scenario) =>
    [
        $"{Base}/register", $"{Base}/register/export",
        $"{Base}/municipalities/{scenario.Participant}/register", $"{Base}/municipalities/{scenario.Participant}/register/export",
        $"{Base}/collaborations/{scenario.Id}", $"{Base}/collaborations/{scenario.Id}/export",
    ];

    [Fact]
    public async Task Anyone_reads_the_register_without_a_token_as_json_and_csv()
    {
        var scenario = await PublicRegisterScenario.CreateAsync(api.Writer());
        var anonymous = api.ClientWith();

        var register = await anonymous.GetFromJsonAsync<JsonElement>($"{Base}/municipalities/{scenario.Participant}/register");
        var record = await anonymous.GetFromJsonAsync<JsonElement>($"{Base}/collaborations/{scenario.Id}");
        var csv = await anonymous.GetAsync($"{Base}/collaborations/{scenario.Id}/export");

        Assert.Equal("Bergen (NH.)", register.GetProperty("name").GetString());
        var line = register.GetProperty("items").EnumerateArray().Single(item => item.GetProperty("id").GetGuid() == scenario.Id);
        Assert.Equal("Gemeenschappelijke regeling Voorbeeld", line.GetProperty("citationTitle").GetString());
        Assert.Equal([scenario.Participant, "GM0450"], line.GetProperty("participants").EnumerateArray().Select(p => p.GetProperty("code").GetString()));
        Assert.Equal(scenario.Name, record.GetProperty("name").GetString());
        Assert.Equal(4, record.GetProperty("phases").GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("id,naam,citeertitel", lines[0], StringComparison.Ordinal);
        Assert.Contains(scenario.Name, lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_public_answer_shows_personal_data()
    {
        var scenario = await PublicRegisterScenario.CreateAsync(api.Writer());
        var anonymous = api.ClientWith();
        // The authenticated API does keep them, so their absence below is the public register's doing.
        var roles = await api.Writer().GetStringAsync($"{CollaborationApi.Path}/{scenario.Id}/roles");
        Assert.Contains(PublicRegisterScenario.Email, roles, StringComparison.Ordinal);

        foreach (var url in Urls(scenario))
        {
            var body = await anonymous.GetStringAsync(url);
            Assert.All(PublicRegisterScenario.PersonalValues, value => Assert.DoesNotContain(value, body, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public async Task Answers_are_cacheable_by_anyone_and_revalidate_with_their_etag()
    {
        var scenario = await PublicRegisterScenario.CreateAsync(api.Writer());
        var anonymous = api.ClientWith();

        foreach (var url in Urls(scenario))
        {
            var first = await anonymous.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            Assert.Equal("public, max-age=60", first.Headers.CacheControl!.ToString());
            var etag = first.Headers.ETag!.Tag;

            using var again = new HttpRequestMessage(HttpMethod.Get, url);
            again.Headers.TryAddWithoutValidation("If-None-Match", etag);
            var notModified = await anonymous.SendAsync(again);

            Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
            Assert.Equal(etag, notModified.Headers.ETag!.Tag);
            Assert.Equal("public, max-age=60", notModified.Headers.CacheControl!.ToString());
        }
    }

    [Fact]
    public async Task A_change_gives_a_new_etag()
    {
        var admin = api.Writer();
        var scenario = await PublicRegisterScenario.CreateAsync(admin);
        var url = $"{Base}/collaborations/{scenario.Id}";
        var before = (await api.ClientWith().GetAsync(url)).Headers.ETag!.Tag;

        var added = await admin.PostAsJsonAsync($"{CollaborationApi.Path}/{scenario.Id}/participants", CollaborationApi.Participant("GM0599", "2024-01-01"));
        Assert.True(added.IsSuccessStatusCode, await added.Content.ReadAsStringAsync());

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("If-None-Match", before);
        var after = await api.ClientWith().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(before, after.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task Unknown_municipalities_and_collaborations_are_404_problems()
    {
        var anonymous = api.ClientWith();

        await (await anonymous.GetAsync($"{Base}/municipalities/GM9999/register")).AssertProblemAsync(HttpStatusCode.NotFound, ProblemType.NotFound);
        await (await anonymous.GetAsync($"{Base}/municipalities/GM9999/register/export")).AssertProblemAsync(HttpStatusCode.NotFound, ProblemType.NotFound);
        await (await anonymous.GetAsync($"{Base}/collaborations/{Guid.NewGuid()}")).AssertProblemAsync(HttpStatusCode.NotFound, ProblemType.NotFound);
        await (await anonymous.GetAsync($"{Base}/collaborations/{Guid.NewGuid()}/export")).AssertProblemAsync(HttpStatusCode.NotFound, ProblemType.NotFound);
    }

    [Fact]
    public async Task A_client_address_over_its_bucket_gets_429_with_retry_after_whatever_its_token()
    {
        await using var limited = api.WithWebHostBuilder(builder => builder
            .UseSetting("RateLimiting:Enabled", "true")
            .UseSetting("PublicRegister:TokenLimit", "2")
            .UseSetting("PublicRegister:TokensPerPeriod", "2")
            .UseSetting("PublicRegister:ReplenishmentPeriodSeconds", "600"));
        var anonymous = limited.CreateClient();
        var administrator = limited.CreateClient();
        administrator.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.Create([TestTokens.ReadScope, TestTokens.WriteScope, TestTokens.AdminScope]));

        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"{Base}/register")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/register/toegankelijkheid")).StatusCode);
        var refused = await administrator.GetAsync($"{Base}/register");

        await refused.AssertProblemAsync(HttpStatusCode.TooManyRequests, "urn:samenwerking:problem:too-many-requests");
        var retryAfter = int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 600);
        // The authenticated API keeps its own bucket per token.
        Assert.Equal(HttpStatusCode.OK, (await administrator.GetAsync("/api/v1/municipalities/GM0363")).StatusCode);
    }
}
