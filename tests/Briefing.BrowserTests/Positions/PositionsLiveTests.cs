using System.Net.Http.Json;
using System.Text.Json;
using Briefing.Testing;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Briefing.BrowserTests.Positions;

/// <summary>The positions view in a real browser over the real app: a fictional minister reverses himself and the
/// open page shows the shift without reloading.</summary>
public sealed class PositionsLiveTests(BrowserFixture browser, ITestOutputHelper output)
    : BrowserPageTest(browser, new ViewportSize { Width = 1500, Height = 900 })
{
    [Fact]
    public async Task A_fictional_ministers_reversal_shows_as_a_shift_on_the_openPage_without_reload()
    {
        var writer = Writer();
        (await writer.PostAsJsonAsync("/api/topics", FictionalTopics.HarbourAccess)).EnsureSuccessStatusCode();
        await App.IngestAsync(writer, new
        {
            title = "Veltria keeps Serin open",
            text = "Veltrian Foreign Minister Aldo Varga spoke in Serin on Tuesday. " +
                   "“The harbour of Serin will stay open to every ship,” Varga said.",
            source = "Test Wire",
            publishedAt = DateTimeOffset.UtcNow.AddDays(-2),
        });
        await LogPositionsAsync(writer);

        const string query = "?topics=harbour-access&since=30d";
        await Page.GotoAsync(new Uri(BaseUrl, "/positions" + query).ToString());
        await Page.Locator(".live-indicator[data-live='on']").WaitForAsync(new() { Timeout = 15000 });
        await Page.EvaluateAsync("() => { window.__notReloaded = true; }");
        var cell = Page.Locator("td.pos-cell[data-actor='aldo-varga'][data-topic='harbour-access']");
        Assert.Equal("supports", await cell.GetAttributeAsync("data-stance"));

        await App.IngestAsync(writer, new
        {
            title = "Varga reverses on the harbour",
            text = "Veltrian Foreign Minister Aldo Varga changed course on Friday. " +
                   "“The harbour of Serin will be closed to foreign ships from Monday,” Varga said.",
            source = "Test Wire",
        });
        await LogPositionsAsync(writer);

        await Page.Locator("td.pos-cell.is-shift[data-actor='aldo-varga'][data-topic='harbour-access']").WaitForAsync(new() { Timeout = 10000 });
        Assert.Equal("opposes", await cell.GetAttributeAsync("data-stance"));
        Assert.Equal("SHIFT: was supports", await cell.Locator(".shift-badge").TextContentAsync());
        Assert.True(await Page.EvaluateAsync<bool>("() => window.__notReloaded === true"), "the page reloaded");
        Assert.EndsWith("/positions" + query, Page.Url);

        // The evidence, newest first, links to the highlighted sentence of the article.
        await cell.Locator("button").ClickAsync();
        var items = Page.Locator("#evidence .evidence-item");
        await items.Nth(1).WaitForAsync();
        Assert.Contains("will be closed", await items.Nth(0).Locator(".evidence-text").InnerTextAsync());
        Assert.Contains("will stay open", await items.Nth(1).Locator(".evidence-text").InnerTextAsync());
        var statementId = await items.Nth(0).GetAttributeAsync("data-statement-id");
        await Page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "positions-shift.png"), FullPage = true });
        await items.Nth(0).Locator("a.evidence-article").ClickAsync();
        await Page.Locator($"mark[id='{statementId}']").WaitForAsync(new() { Timeout = 10000 });
        Assert.EndsWith("#" + statementId, Page.Url);
    }

    private async Task LogPositionsAsync(HttpClient client)
    {
        var positions = await client.GetFromJsonAsync<JsonElement>("/api/positions?actor=aldo-varga");
        foreach (var p in positions.EnumerateArray())
            output.WriteLine($"{p.GetProperty("actor").GetProperty("name")} / {p.GetProperty("topic").GetProperty("name")}: {p.GetProperty("stance")} — {p.GetProperty("summary")}");
    }
}
