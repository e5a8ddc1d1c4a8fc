using System.Diagnostics;
using Briefing.Testing;
using Briefing.Web.Wall;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Briefing.BrowserTests.Wall;

/// <summary>The wall in a real browser against the app on loopback: configuration by URL, flash take-over and
/// rotation, bounded memory under a flood, readability and no scrollbars, encoded text.</summary>
public sealed class WallDisplayTests(BrowserFixture browser, ITestOutputHelper output)
    : BrowserPageTest(browser, WallPage.FullHd)
{
    private WallData _data = default!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _data = new WallData(App.Services);
    }

    [Fact]
    public async Task The_url_configures_the_wall_and_survives_a_reload()
    {
        const string query = "?panels=articles,quotes&rotate=7&pin=quotes&actors=Aldo Varga,Ines Okafor&topics=harbour"
                             + "&urgent=embargo,strike&theme=light&flash=3&stale=2&hours=12&max=5";
        await WallPage.OpenAsync(Page, BaseUrl, query);

        var wall = Page.Locator(".wall");
        var expected = WallConfig.Parse(query).ToQuery();
        Assert.Equal(expected, await wall.GetAttributeAsync("data-config"));
        Assert.Equal("light", await wall.GetAttributeAsync("data-theme"));
        Assert.Equal("quotes", await wall.GetAttributeAsync("data-panel"));
        Assert.Equal(["Latest articles", "Who said what"], await Page.Locator(".wall-tab").AllInnerTextsAsync());
        Assert.Equal("2", await Page.Locator("#wall-status").GetAttributeAsync("data-stale-minutes"));

        // The canonical URL opens the same wall: a screen is set up by one link.
        await WallPage.OpenAsync(Page, BaseUrl, expected);
        Assert.Equal(expected, await Page.Locator(".wall").GetAttributeAsync("data-config"));
        await Page.ReloadAsync();
        await WallPage.WaitLiveAsync(Page);
        Assert.Equal(expected, await Page.Locator(".wall").GetAttributeAsync("data-config"));

        // The browser side writes the status texts.
        await Assertions.Expect(Page.Locator(".wall-ago")).ToContainTextAsync("updated", new() { Timeout = 3000 });
        Assert.False(await Page.EvaluateAsync<bool>("() => document.documentElement.classList.contains('wall-is-stale')"));
    }

    [Fact]
    public async Task A_live_quote_is_highlighted_then_a_flash_takes_over_and_rotation_resumes()
    {
        await WallPage.OpenAsync(Page, BaseUrl, "?panels=quotes,articles&rotate=5&flash=3&actors=Aldo Varga&urgent=embargo");
        var wall = Page.Locator(".wall");

        await _data.PublishAsync("Ferry link to reopen", "Harbour Courier",
            new WallData.Quote("Mara Lindqvist", "Trade Commissioner", "The ferry link reopens on Friday."));
        var quote = WallPage.Quote(Page, "The ferry link reopens on Friday.");
        await quote.WaitForAsync(new() { Timeout = 5000 });
        Assert.Contains("is-new", await quote.GetAttributeAsync("class"));
        Assert.Equal("off", await wall.GetAttributeAsync("data-flash"));

        // A statement by a pinned actor takes over the screen for flash=3 seconds.
        await _data.PublishAsync("Veltria keeps the harbour open", "Test Wire",
            new WallData.Quote("Aldo Varga", "Foreign Minister", "We will not close the harbour of Serin."));
        var flash = Page.Locator("#wall-flash");
        await flash.WaitForAsync(new() { Timeout = 5000 });
        Assert.Contains("We will not close the harbour of Serin.", await flash.InnerTextAsync());
        Assert.Contains("Pinned actor", await flash.Locator(".wf-reason").InnerTextAsync());
        Assert.False(await Page.Locator("#wall-panel").IsVisibleAsync());

        var watch = Stopwatch.StartNew();
        await flash.WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = 8000 });
        output.WriteLine($"flash left the screen {watch.Elapsed.TotalSeconds:F1} s after the test saw it (flash=3, 1 s ticks)");
        Assert.Equal("off", await wall.GetAttributeAsync("data-flash"));

        // Rotation resumes: the panel changes again on its own, and changes back.
        var before = await wall.GetAttributeAsync("data-panel");
        await Assertions.Expect(wall).Not.ToHaveAttributeAsync("data-panel", before!, new() { Timeout = 8000 });
        await Assertions.Expect(wall).ToHaveAttributeAsync("data-panel", before!, new() { Timeout = 8000 });

        // An urgent keyword flashes too, whoever says it.
        await _data.PublishAsync("Grain embargo debated", "Test Wire",
            new WallData.Quote("Tomas Reyes", "Leader of the Opposition", "An EMBARGO would hurt our own farmers."));
        await Assertions.Expect(flash.Locator(".wf-reason")).ToHaveTextAsync("Urgent: EMBARGO", new() { Timeout = 5000 });
    }

    [Fact]
    public async Task Two_thousand_pushed_statements_leave_the_dom_and_heap_bounded()
    {
        await WallPage.OpenAsync(Page, BaseUrl, "?pin=quotes&max=8");
        await _data.PublishAsync("Warm-up", "Test Wire", new WallData.Quote("Aldo Varga", "Foreign Minister", "Warm-up quote."));
        await WallPage.Quote(Page, "Warm-up quote.").WaitForAsync();
        var nodesBefore = await WallPage.DomNodesAsync(Page);
        var heapBefore = await WallPage.HeapAfterGcAsync(Page);

        var watch = Stopwatch.StartNew();
        const int articles = 400, perArticle = 5;
        // Paced in bursts of 20 articles: the notifier coalesces a backlog beyond a subscriber's queue into a
        // "refresh" that re-reads the store, and these synthetic events are not in the store.
        for (var n = 1; n <= articles; n++)
        {
            await _data.Notifier.PublishAsync(SyntheticEvents.Article(n, perArticle));
            if (n % 20 == 0) await WallPage.Quote(Page, $"Synthetic statement {n}.1 about").WaitForAsync(new() { Timeout = 30000 });
        }
        await WallPage.Quote(Page, $"Synthetic statement {articles}.1 about").WaitForAsync(new() { Timeout = 30000 });
        output.WriteLine($"{articles * perArticle} statements published and shown in {watch.ElapsedMilliseconds} ms");
        await Page.WaitForTimeoutAsync(1000);

        var nodesAfter = await WallPage.DomNodesAsync(Page);
        var heapAfter = await WallPage.HeapAfterGcAsync(Page);
        var cards = await Page.Locator("#wall-quotes .wq").CountAsync();
        output.WriteLine($"DOM elements: {nodesBefore} before, {nodesAfter} after 2,000 statements ({cards} quote cards)");
        output.WriteLine($"JS heap after GC: {heapBefore / 1024.0 / 1024:F2} MB before, {heapAfter / 1024.0 / 1024:F2} MB after");

        Assert.InRange(cards, 1, 8);
        Assert.InRange(nodesAfter, 1, Math.Min(400, nodesBefore + 60));
        Assert.True(heapAfter < heapBefore * 1.5 + 4 * 1024 * 1024, $"JS heap grew from {heapBefore} to {heapAfter} bytes");
    }

    [Theory]
    [InlineData(1920, 1080)]
    [InlineData(1280, 720)]
    [InlineData(3840, 2160)]
    public async Task Every_panel_fits_the_screen_without_scrollbars_in_large_type(int width, int height)
    {
        await Page.SetViewportSizeAsync(width, height);
        for (var i = 0; i < 10; i++)
            _data.Commit($"A rather long headline number {i} about harbour fees, grain corridors and the ferry link", "Harbour Courier",
                new WallData.Quote($"Speaker Number{i}", "Deputy Minister for Coastal Affairs and Fisheries",
                    "We will keep the harbour open through the winter, whatever the council decides, and we will say so again tomorrow."));

        foreach (var panel in new[] { "quotes", "positions", "actors", "articles" })
        {
            await WallPage.OpenAsync(Page, BaseUrl, $"?pin={panel}");
            Assert.False(await WallPage.HasScrollbarsAsync(Page), $"{panel} scrolls at {width}×{height}");
            var smallest = await Page.EvaluateAsync<double>(
                """
                () => Math.min(...[...document.querySelectorAll('.wall *')]
                    .filter(e => [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim()) && e.getClientRects().length)
                    .map(e => parseFloat(getComputedStyle(e).fontSize)))
                """);
            output.WriteLine($"{panel} at {width}×{height}: smallest text {smallest:F1} px");
            Assert.True(smallest >= 28 * width / 1920.0 - 0.5, $"{panel}: text of {smallest} px at {width}×{height}");
        }
    }

    [Fact]
    public async Task Hostile_quote_text_is_shown_as_text_on_the_wall_and_in_a_flash()
    {
        await WallPage.OpenAsync(Page, BaseUrl, "?pin=quotes&urgent=policy");
        await _data.PublishAsync("<img src=x onerror=\"window.__xss=1\"> Veltria", "<b>Wire</b>",
            new WallData.Quote("Aldo <script>window.__xss=2</script>Varga", "<i>Minister</i>",
                "<img src=x onerror=\"window.__xss=3\"> is not a policy"));
        await Page.Locator("#wall-flash").WaitForAsync(new() { Timeout = 5000 });
        await WallPage.Quote(Page, "is not a policy").WaitForAsync(new() { State = WaitForSelectorState.Attached });

        Assert.Contains("<img src=x", await Page.Locator("#wall-flash .wf-text").InnerTextAsync());
        Assert.Equal(0, await Page.Locator(".wall img, .wall script, .wall b, .wall i").CountAsync());
        Assert.Null(await Page.EvaluateAsync<int?>("() => window.__xss ?? null"));
    }
}
