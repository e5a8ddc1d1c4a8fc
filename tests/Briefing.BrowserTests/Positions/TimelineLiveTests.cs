using System.Net.Http.Json;
using System.Text.Json;
using Briefing.Testing;
using Microsoft.Playwright;

namespace Briefing.BrowserTests.Positions;

/// <summary>The stance timeline in a real browser: the seed's positions, a fictional minister's reversal arriving live
/// on the open actor page, and two fictional actors compared on one topic. Screenshots: timeline-*.png in temp.</summary>
public sealed class TimelineLiveTests(BrowserFixture browser)
    : BrowserPageTest(browser, new ViewportSize { Width = 1300, Height = 1000 }, withSeeds: true)
{
    [Fact]
    public async Task The_timeline_shows_the_seed_positions_and_a_shift_arrives_live_and_two_actors_compare_on_one_topic()
    {
        var writer = Writer();
        var seed = await SettledPositionsAsync(writer, "?actor=pete-hegseth");

        // The seed: one chart per topic he holds a position on, one mark per statement, each linking to its evidence.
        await Page.GotoAsync(new Uri(BaseUrl, "/actors/pete-hegseth").ToString());
        await Page.Locator(".live-indicator[data-live='on']").WaitForAsync(new() { Timeout = 15000 });
        var charts = Page.Locator("#actor-timeline figure.timeline");
        Assert.Equal(seed.GetArrayLength(), await charts.CountAsync());
        foreach (var position in seed.EnumerateArray())
        {
            var topic = position.GetProperty("topic").GetProperty("id").GetString();
            var marks = Page.Locator($"#actor-timeline figure[data-topic='{topic}'] circle.tl-mark");
            Assert.Equal(position.GetProperty("evidence").GetArrayLength(), await marks.CountAsync());
            var first = position.GetProperty("evidence")[0];
            var mark = Page.Locator($"#actor-timeline figure[data-topic='{topic}'] circle.tl-mark[data-statement-id='{first.GetProperty("statementId").GetString()}']");
            Assert.Equal(first.GetProperty("stance").GetString(), await mark.GetAttributeAsync("data-stance"));
        }
        await Page.Locator("#actor-timeline").ScreenshotAsync(new() { Path = Shot("timeline-seed.png") });

        // A fictional minister: supports, then reverses while his page is open.
        (await writer.PostAsJsonAsync("/api/topics", FictionalTopics.HarbourAccess)).EnsureSuccessStatusCode();
        await App.IngestAsync(writer, new
        {
            title = "Veltria keeps Serin open",
            text = "Veltrian Foreign Minister Aldo Varga spoke in Serin on Tuesday. “The harbour of Serin will stay open to every ship,” Varga said.",
            source = "Test Wire", publishedAt = DateTimeOffset.UtcNow.AddDays(-2),
        });
        await Page.GotoAsync(new Uri(BaseUrl, "/actors/aldo-varga").ToString());
        await Page.Locator(".live-indicator[data-live='on']").WaitForAsync(new() { Timeout = 15000 });
        await Page.EvaluateAsync("() => { window.__notReloaded = true; }");
        var harbour = Page.Locator("#actor-timeline figure[data-topic='harbour-access']");
        await harbour.Locator("circle.tl-mark[data-stance='supports']").WaitForAsync();
        Assert.Equal(0, await harbour.Locator("circle.is-shift").CountAsync());

        await App.IngestAsync(writer, new
        {
            title = "Varga reverses on the harbour",
            text = "Veltrian Foreign Minister Aldo Varga changed course on Friday. “The harbour of Serin will be closed to foreign ships from Monday,” Varga said.",
            source = "Test Wire",
        });
        var shift = harbour.Locator("circle.tl-mark.is-shift[data-stance='opposes']");
        await shift.WaitForAsync(new() { Timeout = 10000 });
        Assert.Equal(1, await harbour.Locator("line.tl-shift-line").CountAsync());
        Assert.True(await Page.EvaluateAsync<bool>("() => window.__notReloaded === true"), "the page reloaded");
        await Page.Locator("#actor-timeline").ScreenshotAsync(new() { Path = Shot("timeline-shift.png") });

        // Each mark links to its sentence in the article.
        var statementId = await shift.GetAttributeAsync("data-statement-id");
        await shift.ClickAsync();
        await Page.Locator($"mark[id='{statementId}']").WaitForAsync(new() { Timeout = 10000 });
        Assert.EndsWith("#" + statementId, Page.Url);

        // A second fictional actor on the same topic: comparing them draws both lines in one chart.
        await App.IngestAsync(writer, new
        {
            title = "Port commissioner backs an open Serin",
            text = "Veltrian port commissioner Ines Okafor spoke on Saturday. “The harbour of Serin must remain open to every ship,” Okafor said.",
            source = "Harbour Daily",
        });
        var okafor = (await writer.GetFromJsonAsync<JsonElement>("/api/actors/Ines%20Okafor")).GetProperty("id").GetString();
        await Page.GotoAsync(new Uri(BaseUrl, $"/positions?actors=aldo-varga,{okafor}&topics=harbour-access&compare=1").ToString());
        await Page.Locator(".live-indicator[data-live='on']").WaitForAsync(new() { Timeout = 15000 });
        var compared = Page.Locator("#positions-timeline figure[data-topic='harbour-access']");
        await compared.WaitForAsync(new() { Timeout = 15000 });
        Assert.Equal(2, await compared.Locator("path.tl-line").CountAsync());
        Assert.Equal(1, await compared.Locator($"circle.tl-mark[data-actor='{okafor}']").CountAsync());
        Assert.Equal(2, await compared.Locator("circle.tl-mark[data-actor='aldo-varga']").CountAsync());
        await Page.Locator("#positions-timeline").ScreenshotAsync(new() { Path = Shot("timeline-compare.png") });
    }

    private static string Shot(string name) => Path.Combine(Path.GetTempPath(), name);
}
