namespace Samenwerking.Register.BrowserTests;

/// <summary>
/// A page of another site calls the API from chromium, as a frontend would: with the headers that need a preflight
/// (<c>Authorization</c>, <c>Idempotency-Key</c>, <c>If-None-Match</c>), reading the response headers the API exposes.
/// The browser enforces CORS, so only what the API's answers allow gets through.
/// </summary>
public sealed class CorsTests(RegisterHost host, Browser browser)
{
    // Runs in the other site's page: creates a collaboration twice with one Idempotency-Key, then reads it back
    // conditionally. Every header read here is one a script may only read when the API exposes it.
    private const string Scenario = """
        async ({ api, token, name }) => {
            const participants = [{ municipalityCode: 'GM0489', joinedOn: '2020-01-01' }, { municipalityCode: 'GM0613', joinedOn: '2020-01-01' }];
            const headers = { 'Authorization': 'Bearer ' + token, 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() };
            const body = JSON.stringify({ name, participants });
            try {
                const first = await fetch(api + '/api/v1/collaborations', { method: 'POST', headers, body });
                const again = await fetch(api + '/api/v1/collaborations', { method: 'POST', headers, body });
                const etag = first.headers.get('ETag');
                const location = new URL(first.headers.get('Location'), api).toString();
                const conditional = await fetch(location, { headers: { 'Authorization': 'Bearer ' + token, 'If-None-Match': etag }, cache: 'no-store' });
                return {
                    created: first.status, replayStatus: again.status, replayed: again.headers.get('Idempotent-Replayed'),
                    etag, conditional: conditional.status, conditionalETag: conditional.headers.get('ETag'),
                    apiVersion: first.headers.get('API-Version'), error: null,
                };
            } catch (error) {
                return { error: String(error) };
            }
        }
        """;

    // A request header the API does not name in its preflight answer: the browser must refuse to send it.
    private const string UnlistedHeader = """
        async ({ api, token }) => {
            try {
                const answer = await fetch(api + '/api/v1/municipalities/GM0363', { headers: { 'Authorization': 'Bearer ' + token, 'X-Niet-Toegestaan': 'ja' } });
                return { status: answer.status, error: null };
            } catch (error) {
                return { status: 0, error: String(error) };
            }
        }
        """;

    [Fact]
    public async Task A_page_on_an_allowed_origin_creates_idempotently_and_reads_conditionally()
    {
        var page = await OpenOtherSiteAsync(host.Origins.AllowedOrigin);

        var result = await page.EvaluateAsync<JsonElement>(Scenario, new { api = ApiOrigin, token = host.AdminToken, name = $"CORS {Guid.NewGuid():N}" });

        Assert.Equal(JsonValueKind.Null, result.GetProperty("error").ValueKind);
        Assert.Equal(201, result.GetProperty("created").GetInt32());
        Assert.Equal(201, result.GetProperty("replayStatus").GetInt32());
        Assert.Equal("true", result.GetProperty("replayed").GetString());
        var etag = result.GetProperty("etag").GetString();
        Assert.False(string.IsNullOrEmpty(etag));
        Assert.Equal(304, result.GetProperty("conditional").GetInt32());
        Assert.Equal(etag, result.GetProperty("conditionalETag").GetString());
        Assert.False(string.IsNullOrEmpty(result.GetProperty("apiVersion").GetString()));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_header_the_api_does_not_allow_is_refused_by_the_browser()
    {
        var page = await OpenOtherSiteAsync(host.Origins.AllowedOrigin);

        var result = await page.EvaluateAsync<JsonElement>(UnlistedHeader, new { api = ApiOrigin, token = host.AdminToken });

        Assert.Equal(0, result.GetProperty("status").GetInt32());
        Assert.Contains("Failed to fetch", result.GetProperty("error").GetString(), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_page_on_an_origin_the_api_does_not_allow_is_refused()
    {
        var page = await OpenOtherSiteAsync(host.Origins.DisallowedOrigin);

        var result = await page.EvaluateAsync<JsonElement>(Scenario, new { api = ApiOrigin, token = host.AdminToken, name = $"CORS {Guid.NewGuid():N}" });

        Assert.Contains("Failed to fetch", result.GetProperty("error").GetString(), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    private string ApiOrigin => host.ApiAddress.GetLeftPart(UriPartial.Authority);

    private async Task<IPage> OpenOtherSiteAsync(string origin)
    {
        var page = await browser.NewPageAsync();
        var answer = await page.GotoAsync(origin + OriginServer.PagePath, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        Assert.Equal(200, answer?.Status);
        return page;
    }
}
