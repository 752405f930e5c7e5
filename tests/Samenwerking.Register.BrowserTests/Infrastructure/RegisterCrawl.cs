namespace Samenwerking.Register.BrowserTests.Infrastructure;

/// <summary>
/// Every page reachable from the overview by following links in chromium, and every file they link to on the same host,
/// each with its status and its text: read once per run and shared by the tests that judge them.
/// </summary>
public sealed class RegisterCrawl
{
    private const int MaxPages = 400;

    private RegisterCrawl(IReadOnlyList<Visit> visits) => Visits = visits;

    public IReadOnlyList<Visit> Visits { get; }

    /// <summary>A link and what following it gave: the page that links, the status and the body as text.</summary>
    public sealed record Visit(string Url, string LinkedFrom, int Status, string Text, bool IsPage);

    public static async Task<RegisterCrawl> RunAsync(RegisterHost host, Browser browser)
    {
        var visits = new List<Visit>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pages = new Queue<(string Url, string From)>();
        var start = new Uri(host.ApiAddress, "/register").ToString();
        pages.Enqueue((start, "(start)"));
        seen.Add(start);
        var page = await browser.NewPageAsync();
        using var files = host.Client();
        while (pages.Count > 0 && visits.Count < MaxPages)
        {
            var (url, from) = pages.Dequeue();
            if (!new Uri(url).AbsolutePath.StartsWith("/register", StringComparison.Ordinal) || url.EndsWith(".css", StringComparison.Ordinal))
            {
                // A data file or the stylesheet: fetched, not browsed.
                var response = await files.GetAsync(url);
                visits.Add(new Visit(url, from, (int)response.StatusCode, await response.Content.ReadAsStringAsync(), IsPage: false));
                continue;
            }

            var answer = await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            visits.Add(new Visit(url, from, answer?.Status ?? 0, await page.ContentAsync(), IsPage: true));
            var links = await page.EvalOnSelectorAllAsync<string[]>("a[href]", "links => links.map(link => link.href)");
            foreach (var link in links.Select(l => l.Split('#')[0]).Where(l => l.StartsWith(host.ApiAddress.ToString(), StringComparison.Ordinal)))
            {
                if (seen.Add(link))
                {
                    pages.Enqueue((link, url));
                }
            }
        }

        await page.Context.CloseAsync();
        return new RegisterCrawl(visits);
    }
}
