using System.Text.RegularExpressions;

namespace Samenwerking.Register.BrowserTests;

/// <summary>The pages by keyboard alone, and with JavaScript switched off.</summary>
public sealed class KeyboardAndNoScriptTests(RegisterHost host, Browser browser)
{
    [Fact]
    public async Task The_first_tab_reaches_a_visible_skip_link_that_leads_to_the_content()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(host.ApiAddress, "/register").ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });

        await page.Keyboard.PressAsync("Tab");
        var skip = page.Locator("a.skip-link");
        Assert.True(await skip.EvaluateAsync<bool>("link => link === document.activeElement"));
        Assert.True(await skip.IsVisibleAsync());
        var box = await skip.BoundingBoxAsync();
        Assert.True(box is { X: >= 0, Y: >= 0 }, "The focused skip link is drawn off screen.");
        Assert.NotEqual("none", await skip.EvaluateAsync<string>("link => getComputedStyle(link).outlineStyle"));

        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/register#inhoud$"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Searching_works_with_the_keyboard_and_without_javascript()
    {
        var context = await browser.Chromium.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false, Locale = "nl-NL" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(host.ApiAddress, "/register/zoeken").ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });

        await page.GetByLabel("Naam").FillAsync("belasting");
        await page.GetByLabel("Gemeente").SelectOptionAsync("GM0820");
        // Web-first assertions retry until the new page shows what they ask; waiting for a load state after the key press
        // raced the navigation in Playwright's client (once in several runs the load was missed and the wait ran out).
        await page.GetByLabel("Naam").PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("q=belasting"));

        var results = page.Locator("table tbody tr");
        await Assertions.Expect(results).ToHaveCountAsync(1);
        await Assertions.Expect(results.First.Locator("a")).ToHaveTextAsync("Belastingsamenwerking Voorbeeld (fictief)");
        await results.First.Locator("a").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/register/samenwerkingen/"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Belastingsamenwerking Voorbeeld (fictief)");
        await context.CloseAsync();
    }

    [Fact]
    public async Task The_pages_load_nothing_from_elsewhere_and_run_no_script()
    {
        var page = await browser.NewPageAsync();
        var requested = new List<string>();
        page.Request += (_, request) => requested.Add(request.Url);
        await page.GotoAsync(new Uri(host.ApiAddress, $"/register/samenwerkingen/{await PageTypes.IdOfAsync(host, PageTypes.ExampleWithEvaluations)}").ToString(),
            new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });

        Assert.All(requested, url => Assert.StartsWith(host.ApiAddress.ToString(), url, StringComparison.Ordinal));
        Assert.Equal(0, await page.Locator("script").CountAsync());
        Assert.Equal("nl", await page.Locator("html").GetAttributeAsync("lang"));
        await page.Context.CloseAsync();
    }
}
