namespace Samenwerking.Api.Tests.Platform;

/// <summary>
/// NL GOV's <c>Cache-Control: no-store</c> everywhere, except on a read with an <c>ETag</c>: there a browser may keep
/// its own copy but must revalidate it each time (<c>private, no-cache</c>), or <c>If-None-Match</c> would be useless.
/// </summary>
public sealed class CachePolicyTests(ApiFactory api)
{
    private readonly HttpClient writer = api.Writer();

    private static bool Revalidated(HttpResponseMessage response) =>
        response.Headers.CacheControl is { NoCache: true, Private: true, NoStore: false };

    [Fact]
    public async Task A_read_with_an_etag_may_be_kept_privately_but_must_be_revalidated()
    {
        var created = await writer.CreateAsync();

        var read = await writer.GetAsync(created.Url);
        using var conditional = new HttpRequestMessage(HttpMethod.Get, created.Url);
        conditional.Headers.TryAddWithoutValidation("If-None-Match", created.ETag);
        var notModified = await writer.SendAsync(conditional);

        Assert.NotNull(read.Headers.ETag);
        Assert.True(Revalidated(read), $"Cache-Control: {read.Headers.CacheControl}");
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.True(Revalidated(notModified), $"Cache-Control: {notModified.Headers.CacheControl}");
    }

    [Fact]
    public async Task Writes_lists_and_errors_are_never_stored()
    {
        var created = await writer.CreateAsync();
        using var replace = new HttpRequestMessage(HttpMethod.Put, created.Url)
        {
            Content = JsonContent.Create(new { name = CollaborationApi.UniqueName("Cache") }),
        };
        replace.Headers.TryAddWithoutValidation("If-Match", created.ETag);

        foreach (var response in new[]
                 {
                     created.Response,
                     await writer.SendAsync(replace),
                     await writer.GetAsync(CollaborationApi.Path),
                     await writer.GetAsync($"{CollaborationApi.Path}/{Guid.NewGuid()}"),
                 })
        {
            Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        }
    }
}
