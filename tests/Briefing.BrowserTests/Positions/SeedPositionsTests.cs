using System.Net.Http.Json;
using System.Text.Json;
using Briefing.Testing;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Briefing.BrowserTests.Positions;

/// <summary>The positions view over the seed article, as an analyst first sees it; screenshots are left in the temp
/// folder (positions-seed*.png) for a person to look at.</summary>
public sealed class SeedPositionsTests(BrowserFixture browser, ITestOutputHelper output)
    : BrowserPageTest(browser, new ViewportSize { Width = 1500, Height = 950 }, withSeeds: true)
{
    [Fact]
    public async Task The_seed_articles_positions_fill_the_matrix_and_open_their_evidence()
    {
        using var client = new HttpClient { BaseAddress = BaseUrl };
        var positions = await SettledPositionsAsync(client);
        foreach (var p in positions.EnumerateArray())
        {
            output.WriteLine($"{p.GetProperty("actor").GetProperty("name")} × {p.GetProperty("topic").GetProperty("name")}: " +
                             $"{p.GetProperty("stance")} ({p.GetProperty("confidence")}) — {p.GetProperty("summary")}");
            foreach (var e in p.GetProperty("evidence").EnumerateArray())
                output.WriteLine($"    [{e.GetProperty("stance")} {e.GetProperty("confidence")}; cues {string.Join(", ", e.GetProperty("cues").EnumerateArray())}] {e.GetProperty("text")}");
        }

        await Page.GotoAsync(new Uri(BaseUrl, "/positions").ToString());
        await Page.Locator(".live-indicator[data-live='on']").WaitForAsync(new() { Timeout = 15000 });
        var cells = Page.Locator("td.pos-cell[data-stance]");
        Assert.Equal(positions.GetArrayLength(), await cells.CountAsync());
        await Page.ScreenshotAsync(new() { Path = Shot("positions-seed.png"), FullPage = true });

        await cells.First.Locator("button").ClickAsync();
        await Page.Locator("#evidence .evidence-item").First.WaitForAsync();
        await Page.ScreenshotAsync(new() { Path = Shot("positions-seed-evidence.png"), FullPage = true });

        var actors = positions.EnumerateArray().Select(p => p.GetProperty("actor").GetProperty("id").GetString()).Distinct().Take(3);
        await Page.GotoAsync(new Uri(BaseUrl, $"/positions?actors={string.Join(',', actors)}&compare=1").ToString());
        await Page.Locator(".position-matrix.compare").WaitForAsync();
        await Page.ScreenshotAsync(new() { Path = Shot("positions-seed-compare.png"), FullPage = true });

        await Page.GotoAsync(new Uri(BaseUrl, "/topics").ToString());
        await Page.Locator("#topics").WaitForAsync();
        await Page.ScreenshotAsync(new() { Path = Shot("topics-seed.png"), FullPage = true });
    }

    private static string Shot(string name) => Path.Combine(Path.GetTempPath(), name);
}
