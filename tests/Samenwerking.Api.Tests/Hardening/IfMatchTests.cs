namespace Samenwerking.Api.Tests.Hardening;

/// <summary>If-Match as RFC 9110 §13.1.1 defines it: <c>*</c>, lists, and the strong comparison.</summary>
public sealed class IfMatchTests(ApiFactory api)
{
    private readonly HttpClient writer = api.Writer();

    private static object Replacement() => new { name = CollaborationApi.UniqueName("Voorwaarde") };

    [Fact]
    public async Task A_star_matches_an_existing_collaboration()
    {
        var created = await writer.CreateAsync();

        var response = await writer.SendWithIfMatchAsync(HttpMethod.Put, created.Url, "*", Replacement());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_star_on_a_collaboration_that_does_not_exist_is_404()
    {
        var response = await writer.SendWithIfMatchAsync(HttpMethod.Put, $"{CollaborationApi.Path}/{Guid.NewGuid()}", "*", Replacement());

        await response.AssertProblemAsync(HttpStatusCode.NotFound, ProblemType.NotFound);
    }

    [Fact]
    public async Task A_list_that_includes_the_current_tag_matches()
    {
        var created = await writer.CreateAsync();

        var response = await writer.SendWithIfMatchAsync(HttpMethod.Put, created.Url, $"\"1\", {created.ETag} ,\"2\"", Replacement());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_list_without_the_current_tag_is_412()
    {
        var created = await writer.CreateAsync();

        var response = await writer.SendWithIfMatchAsync(HttpMethod.Put, created.Url, "\"1\", \"2\"", Replacement());

        await response.AssertProblemAsync(HttpStatusCode.PreconditionFailed, ProblemType.PreconditionFailed);
    }

    [Fact]
    public async Task A_weak_tag_never_matches_even_with_the_current_value()
    {
        var created = await writer.CreateAsync();

        var response = await writer.SendWithIfMatchAsync(HttpMethod.Put, created.Url, "W/" + created.ETag, Replacement());

        await response.AssertProblemAsync(HttpStatusCode.PreconditionFailed, ProblemType.PreconditionFailed);
        Assert.Equal(created.ETag, response.Headers.ETag!.Tag);
    }

    [Theory]
    [InlineData("00")]
    [InlineData("+")]
    [InlineData("0")]
    public async Task A_tag_that_only_reads_as_the_same_number_is_another_tag_and_412(string prefix)
    {
        var created = await writer.CreateAsync();
        var other = $"\"{prefix}{created.ETag.Trim('"')}\"";

        var response = await writer.SendWithIfMatchAsync(HttpMethod.Put, created.Url, other, Replacement());

        await response.AssertProblemAsync(HttpStatusCode.PreconditionFailed, ProblemType.PreconditionFailed);
        Assert.Equal(created.ETag, response.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task If_none_match_compares_tags_as_text_too()
    {
        var created = await writer.CreateAsync();
        using var padded = new HttpRequestMessage(HttpMethod.Get, created.Url);
        padded.Headers.TryAddWithoutValidation("If-None-Match", $"W/\"00{created.ETag.Trim('"')}\", \"a,{created.ETag.Trim('"')}\"");
        using var weak = new HttpRequestMessage(HttpMethod.Get, created.Url);
        weak.Headers.TryAddWithoutValidation("If-None-Match", $"\"x\", W/{created.ETag}");

        Assert.Equal(HttpStatusCode.OK, (await writer.SendAsync(padded)).StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, (await writer.SendAsync(weak)).StatusCode);
    }

    [Fact]
    public async Task A_star_works_wherever_if_match_is_used()
    {
        var created = await writer.CreateAsync();

        var delete = await writer.SendWithIfMatchAsync(HttpMethod.Delete, created.Url, "*");

        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
    }
}
