namespace Samenwerking.Register.BrowserTests;

/// <summary>Following every link between the pages: none is broken, and nothing they show or offer holds personal data.</summary>
public sealed class LinkAndPrivacyTests(RegisterHost host, Browser browser)
{
    [Fact]
    public async Task Every_link_between_the_pages_and_to_their_files_works()
    {
        var crawl = await RegisterCrawl.RunAsync(host, browser);

        var broken = crawl.Visits.Where(visit => visit.Status != 200).Select(visit => $"{visit.Status} {visit.Url} (linked from {visit.LinkedFrom})").ToList();
        Assert.True(broken.Count == 0, "Broken links:\n" + string.Join("\n", broken));
        // Reached by links alone: every page type and the data files of the municipality and collaboration pages.
        Assert.Contains(crawl.Visits, visit => visit.Url.Contains("/register/gemeenten/", StringComparison.Ordinal));
        Assert.Contains(crawl.Visits, visit => visit.Url.Contains("/register/samenwerkingen/", StringComparison.Ordinal));
        Assert.Contains(crawl.Visits, visit => visit.Url.Contains("/register/toegankelijkheid", StringComparison.Ordinal));
        Assert.Contains(crawl.Visits, visit => visit.Url.EndsWith("/register/export", StringComparison.Ordinal));
        Assert.True(crawl.Visits.Count(visit => visit.IsPage) >= 15, $"Only {crawl.Visits.Count(visit => visit.IsPage)} pages were reached.");
    }

    [Fact]
    public async Task No_page_or_file_shows_a_personal_field()
    {
        var crawl = await RegisterCrawl.RunAsync(host, browser);
        // The authenticated API does hold them, so their absence below is the register's doing.
        var roles = await host.Client(host.AdminToken).GetStringAsync(
            $"/api/v1/collaborations/{await PageTypes.IdOfAsync(host, "Belastingsamenwerking Voorbeeld (fictief)")}/roles");
        Assert.Contains(host.PersonalValues, value => roles.Contains(value, StringComparison.Ordinal));

        var leaks = crawl.Visits
            .SelectMany(visit => host.PersonalValues.Where(value => visit.Text.Contains(value, StringComparison.OrdinalIgnoreCase)).Select(value => $"{visit.Url} shows {value}"))
            .ToList();

        Assert.True(leaks.Count == 0, string.Join("\n", leaks));
    }
}
