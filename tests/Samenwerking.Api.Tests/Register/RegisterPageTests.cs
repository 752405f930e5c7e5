namespace Samenwerking.Api.Tests.Register;

/// <summary>The register's pages as HTML from the test host: where they live, how a municipality's page pages, and 404s.</summary>
public sealed class RegisterPageTests(ApiFactory api)
{
    private const string Municipality = "GM0373";

    [Fact]
    public async Task The_pages_live_at_the_host_root_beside_the_apis_own_register()
    {
        var anonymous = api.ClientWith();

        var page = await anonymous.GetAsync("/register");
        var apiRegister = await anonymous.GetAsync("/api/v1/register");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<html lang=\"nl\">", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("style-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, apiRegister.StatusCode);
    }

    [Fact]
    public async Task A_browser_that_asks_only_for_html_gets_the_page()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/register/toegankelijkheid");
        request.Headers.Accept.ParseAdd("text/html");

        var response = await api.ClientWith().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_municipalitys_page_shows_its_regelingen_fifty_at_a_time_and_the_others_on_request()
    {
        var admin = api.Writer();
        for (var i = 0; i < 51; i++)
        {
            await admin.CreateAsync(CollaborationApi.UniqueName($"Regeling {i:D2}"), [CollaborationApi.Participant(Municipality), CollaborationApi.Participant("GM0450")],
                DimensionSets.AllDecided());
        }

        var convenant = await admin.CreateAsync(CollaborationApi.UniqueName("Convenant"), [CollaborationApi.Participant(Municipality), CollaborationApi.Participant("GM0450")],
            DimensionSets.AllDecided("privaatrechtelijk", "convenant"));
        var anonymous = api.ClientWith();

        var first = await anonymous.GetStringAsync($"/register/gemeenten/{Municipality}");
        var second = await anonymous.GetStringAsync($"/register/gemeenten/{Municipality}?pagina=2");
        var all = await anonymous.GetStringAsync($"/register/gemeenten/{Municipality}?soort=alle&pagina=2");

        Assert.Equal(50, Rows(first));
        Assert.Contains("Gemeenschappelijke regelingen (51)", first, StringComparison.Ordinal);
        Assert.Contains($"href=\"/register/gemeenten/{Municipality}?pagina=2\"", first, StringComparison.Ordinal);
        Assert.Equal(1, Rows(second));
        Assert.DoesNotContain(convenant.Id.ToString(), first + second, StringComparison.Ordinal);
        Assert.Contains("Samenwerkingen (52)", all, StringComparison.Ordinal);
        Assert.Equal(2, Rows(all));
    }

    [Fact]
    public async Task A_page_read_again_within_seconds_comes_from_memory_without_touching_the_database()
    {
        // Municipalities of its own, so the counts the other tests of this class read stay theirs.
        await api.Writer().CreateAsync(participants: [CollaborationApi.Participant("GM0599"), CollaborationApi.Participant("GM0489")],
            extra: DimensionSets.AllDecided());
        var anonymous = api.ClientWith();
        const string path = "/register/gemeenten/GM0599?soort=alle";

        var (first, firstCommands) = await ReadCountingAsync(anonymous, path);
        var (again, againCommands) = await ReadCountingAsync(anonymous, path);

        Assert.True(firstCommands > 0);
        Assert.Equal(0, againCommands);
        Assert.Equal(first, again);
    }

    private async Task<(string Html, int Commands)> ReadCountingAsync(HttpClient client, string path)
    {
        var key = Guid.NewGuid().ToString();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add(SqlCommandCounter.Header, key);
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadAsStringAsync(), api.SqlCommands.NpgsqlCommandsFor(key));
    }

    [Fact]
    public async Task Unknown_pages_are_a_dutch_404_page()
    {
        var anonymous = api.ClientWith();

        foreach (var path in new[] { "/register/gemeenten/GM9999", "/register/gemeenten/onzin", $"/register/samenwerkingen/{Guid.NewGuid()}", "/register/samenwerkingen/onzin" })
        {
            var response = await anonymous.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Contains("<h1>Niet gevonden</h1>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    private static int Rows(string html)
    {
        var body = html[html.IndexOf("<tbody>", StringComparison.Ordinal)..html.IndexOf("</tbody>", StringComparison.Ordinal)];
        return body.Split("<tr>").Length - 1;
    }
}
