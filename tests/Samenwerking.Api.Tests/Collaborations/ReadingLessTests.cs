namespace Samenwerking.Api.Tests.Collaborations;

/// <summary>Reading less: <c>updatedSince</c> on collections and <c>304 Not Modified</c> on conditional reads.</summary>
public sealed class ReadingLessTests(ApiFactory api)
{
    private readonly HttpClient writer = api.Writer();

    [Theory]
    [InlineData("")]
    [InlineData("/participants")]
    [InlineData("/decisions")]
    [InlineData("/roles")]
    [InlineData("/phase-transitions")]
    [InlineData("/phases")]
    [InlineData("/history")]
    public async Task A_read_with_the_current_etag_is_not_modified_and_a_stale_one_gets_the_body(string resource)
    {
        var created = await writer.CreateAsync();
        var path = $"{CollaborationApi.Path}/{created.Id}{resource}";

        using var current = new HttpRequestMessage(HttpMethod.Get, path);
        current.Headers.TryAddWithoutValidation("If-None-Match", created.ETag);
        var notModified = await writer.SendAsync(current);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(created.ETag, notModified.Headers.ETag!.Tag);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        var joined = await writer.PostAsJsonAsync($"{CollaborationApi.Path}/{created.Id}/participants",
            CollaborationApi.Participant("GM0599"));
        Assert.Equal(HttpStatusCode.Created, joined.StatusCode);

        using var stale = new HttpRequestMessage(HttpMethod.Get, path);
        stale.Headers.TryAddWithoutValidation("If-None-Match", created.ETag);
        var modified = await writer.SendAsync(stale);
        Assert.Equal(HttpStatusCode.OK, modified.StatusCode);
        Assert.NotEmpty(await modified.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_list_of_etags_or_a_weak_one_matches_and_an_unknown_collaboration_is_still_404()
    {
        var created = await writer.CreateAsync();
        using var several = new HttpRequestMessage(HttpMethod.Get, $"{CollaborationApi.Path}/{created.Id}");
        several.Headers.TryAddWithoutValidation("If-None-Match", $"\"1\", W/{created.ETag}");
        Assert.Equal(HttpStatusCode.NotModified, (await writer.SendAsync(several)).StatusCode);

        using var unknown = new HttpRequestMessage(HttpMethod.Get, $"{CollaborationApi.Path}/{Guid.NewGuid()}");
        unknown.Headers.TryAddWithoutValidation("If-None-Match", "*");
        Assert.Equal(HttpStatusCode.NotFound, (await writer.SendAsync(unknown)).StatusCode);
    }

    [Fact]
    public async Task Without_a_read_token_a_conditional_read_is_refused_not_answered()
    {
        var created = await writer.CreateAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{CollaborationApi.Path}/{created.Id}");
        request.Headers.TryAddWithoutValidation("If-None-Match", created.ETag);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.ClientWith().SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task UpdatedSince_returns_only_collaborations_changed_at_or_after_the_moment_whatever_its_offset()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var before = await writer.CreateAsync($"Since {tag} old");
        var after = await writer.CreateAsync($"Since {tag} new");
        var changedAt = DateTimeOffset.Parse(after.Body.GetProperty("updatedAt").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(changedAt > DateTimeOffset.Parse(before.Body.GetProperty("updatedAt").GetString()!, System.Globalization.CultureInfo.InvariantCulture));

        foreach (var since in new[] { changedAt.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", System.Globalization.CultureInfo.InvariantCulture),
                     changedAt.ToOffset(TimeSpan.FromHours(2)).ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", System.Globalization.CultureInfo.InvariantCulture) })
        {
            var page = await writer.GetFromJsonAsync<JsonElement>($"{CollaborationApi.Path}?q={tag}&updatedSince={Uri.EscapeDataString(since)}");
            Assert.Equal([after.Id], page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToArray());
        }

        var all = await writer.GetFromJsonAsync<JsonElement>($"{CollaborationApi.Path}?q={tag}");
        Assert.Equal(2, all.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task A_municipality_register_accepts_updatedSince()
    {
        var created = await writer.CreateAsync(participants: [CollaborationApi.Participant("GM0489"), CollaborationApi.Participant("GM0613")]);
        var future = Uri.EscapeDataString(DateTimeOffset.UtcNow.AddDays(1).ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        var page = await writer.GetFromJsonAsync<JsonElement>($"/api/v1/municipalities/GM0489/collaborations?updatedSince={future}&pageSize=100");
        Assert.DoesNotContain(page.GetProperty("items").EnumerateArray(), i => i.GetProperty("collaborationId").GetGuid() == created.Id);

        var since = Uri.EscapeDataString(created.Body.GetProperty("updatedAt").GetString()!);
        var changed = await writer.GetFromJsonAsync<JsonElement>($"/api/v1/municipalities/GM0489/collaborations?updatedSince={since}&pageSize=100");
        Assert.Contains(changed.GetProperty("items").EnumerateArray(), i => i.GetProperty("collaborationId").GetGuid() == created.Id);
    }

    [Fact]
    public async Task An_updatedSince_that_is_no_timestamp_is_a_400()
    {
        var response = await writer.GetAsync($"{CollaborationApi.Path}?updatedSince=yesterday");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
