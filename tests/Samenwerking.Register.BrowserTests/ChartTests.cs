using System.Globalization;

namespace Samenwerking.Register.BrowserTests;

/// <summary>The charts are drawn where their numbers say, and every one has its numbers as text beside it.</summary>
public sealed class ChartTests(RegisterHost host, Browser browser)
{
    [Fact]
    public async Task The_overview_draws_three_charts_each_with_a_title_and_a_table_of_its_numbers()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(host.ApiAddress, "/register").ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });

        var charts = page.Locator("figure.chart");
        Assert.Equal(3, await charts.CountAsync());
        for (var i = 0; i < 3; i++)
        {
            var chart = charts.Nth(i);
            Assert.Equal("img", await chart.Locator("svg").GetAttributeAsync("role"));
            Assert.False(string.IsNullOrWhiteSpace(await chart.Locator("svg title").TextContentAsync()));
            Assert.Equal(await chart.Locator("svg rect").CountAsync(), await chart.Locator("table tbody tr").CountAsync());
        }

        var phases = charts.First.Locator("table tbody tr");
        var total = 0;
        for (var i = 0; i < await phases.CountAsync(); i++)
        {
            total += int.Parse(await phases.Nth(i).Locator("td").InnerTextAsync(), CultureInfo.InvariantCulture);
        }

        Assert.Contains($"Nu lopen er {total}.", await page.Locator("p.lead").InnerTextAsync(), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_evaluation_chart_puts_every_mean_score_at_its_height_whatever_the_language()
    {
        // A Dutch browser: the page is rendered in a culture that writes decimals with a comma, which SVG cannot read.
        var page = await browser.NewPageAsync();
        await page.SetExtraHTTPHeadersAsync(new Dictionary<string, string> { ["Accept-Language"] = "nl-NL,nl;q=0.9" });
        await page.GotoAsync(new Uri(host.ApiAddress, $"/register/samenwerkingen/{await PageTypes.IdOfAsync(host, PageTypes.ExampleWithEvaluations)}").ToString(),
            new PageGotoOptions { WaitUntil = WaitUntilState.Load });

        var means = await page.Locator("#scores-table ~ tbody tr td.number, table:has(#scores-table) tbody td.number").AllInnerTextsAsync();
        var heights = await page.Locator("figure.chart circle.dot").EvaluateAllAsync<double[]>("dots => dots.map(dot => dot.cy.baseVal.value)");

        Assert.Equal(4, means.Count);
        Assert.Equal(means.Count, heights.Length);
        for (var i = 0; i < means.Count; i++)
        {
            var mean = double.Parse(means[i], CultureInfo.GetCultureInfo("nl-NL"));
            // The table rounds to one decimal: half a tenth of a point is 2.25 px.
            Assert.Equal(200 - ((mean - 1) * 45), heights[i], 2.3);
        }

        await page.Context.CloseAsync();
    }
}
