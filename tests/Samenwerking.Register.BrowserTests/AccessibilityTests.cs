using Deque.AxeCore.Playwright;

namespace Samenwerking.Register.BrowserTests;

/// <summary>
/// Every kind of page, in chromium, checked with axe-core at a desktop and a phone width (any violation fails), and
/// photographed at both widths for whoever reviews the pages.
/// </summary>
public sealed class AccessibilityTests(RegisterHost host, Browser browser)
{
    [Theory]
    [MemberData(nameof(PageTypes.All), MemberType = typeof(PageTypes))]
    public async Task Every_page_type_has_no_axe_violation_at_1280_and_375_pixels(string pageType)
    {
        var path = await PageTypes.PathOfAsync(host, pageType);
        var findings = new List<string>();
        foreach (var width in new[] { 1280, 375 })
        {
            var page = await browser.NewPageAsync(width);
            var response = await page.GotoAsync(new Uri(host.ApiAddress, path).ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            Assert.NotNull(response);
            Assert.Equal(pageType == "niet-gevonden" ? 404 : 200, response.Status);

            var result = await page.RunAxe();
            findings.AddRange(result.Violations.Select(violation =>
                $"{width}px {violation.Id} ({violation.Impact}): {violation.Help} at {string.Join(" | ", violation.Nodes.Select(node => node.Html))}"));
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Artefacts.Directory, $"{pageType}-{width}.png"), FullPage = true });
            await page.Context.CloseAsync();
        }

        Assert.True(findings.Count == 0, $"axe found on {path}:\n" + string.Join("\n", findings));
    }

    [Theory]
    [MemberData(nameof(PageTypes.All), MemberType = typeof(PageTypes))]
    public async Task Every_page_type_fits_320_pixels_without_scrolling_sideways(string pageType)
    {
        var page = await browser.NewPageAsync(320, 640);
        await page.GotoAsync(new Uri(host.ApiAddress, await PageTypes.PathOfAsync(host, pageType)).ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });

        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        var (scrollWidth, viewport) = (widths[0], widths[1]);

        Assert.True(scrollWidth <= viewport, $"{pageType} is {scrollWidth} px wide at a viewport of {viewport} px.");
        await page.Context.CloseAsync();
    }
}
