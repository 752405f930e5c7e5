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

    [Fact]
    public async Task A_star_works_wherever_if_match_is_used()
    {
        var created = await writer.CreateAsync();

        var delete = await writer.SendWithIfMatchAsync(HttpMethod.Delete, created.Url, "*");

        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
    }
}
