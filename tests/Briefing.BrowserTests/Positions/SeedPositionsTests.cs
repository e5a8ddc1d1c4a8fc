using System.Net.Http.Json;
using System.Text.Json;
using Briefing.Testing;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Briefing.BrowserTests.Positions;

/// <summary>The positions view over the seed article, as an analyst first sees it; screenshots are left in the temp
/// folder (positions-seed*.png) for a person to look at.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SeedPositionsTests(BrowserFixture browser, ITestOutputHelper output) : IAsyncLifetime
{
    private readonly BriefingAppFactory _app = new(withSeeds: true);
    private Uri _baseUrl = default!;
    private IPage _page = default!;

    public async Task InitializeAsync()
    {
        _baseUrl = _app.StartOnLoopback();
        _page = await browser.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1500, Height = 950 } });
    }

    public async Task DisposeAsync()
    {
        await _page.CloseAsync();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task The_seed_articles_positions_fill_the_matrix_and_open_their_evidence()
    {
        using var client = new HttpClient { BaseAddress = _baseUrl };
        var positions = await WaitForPositionsAsync(client);
        foreach (var p in positions.EnumerateArray())
        {
            output.WriteLine($"{p.GetProperty("actor").GetProperty("name")} × {p.GetProperty("topic").GetProperty("name")}: " +
                             $"{p.GetProperty("stance")} ({p.GetProperty("confidence")}) — {p.GetProperty("summary")}");
            foreach (var e in p.GetProperty("evidence").EnumerateArray())
                output.WriteLine($"    [{e.GetProperty("stance")} {e.GetProperty("confidence")}; cues {string.Join(", ", e.GetProperty("cues").EnumerateArray())}] {e.GetProperty("text")}");
        }

        await _page.GotoAsync(new Uri(_baseUrl, "/positions").ToString());
        await _page.Locator(".live-indicator[data-live='on']").WaitForAsync(new() { Timeout = 15000 });
        var cells = _page.Locator("td.pos-cell[data-stance]");
        Assert.Equal(positions.GetArrayLength(), await cells.CountAsync());
        await _page.ScreenshotAsync(new() { Path = Shot("positions-seed.png"), FullPage = true });

        await cells.First.Locator("button").ClickAsync();
        await _page.Locator("#evidence .evidence-item").First.WaitForAsync();
        await _page.ScreenshotAsync(new() { Path = Shot("positions-seed-evidence.png"), FullPage = true });

        var actors = positions.EnumerateArray().Select(p => p.GetProperty("actor").GetProperty("id").GetString()).Distinct().Take(3);
        await _page.GotoAsync(new Uri(_baseUrl, $"/positions?actors={string.Join(',', actors)}&compare=1").ToString());
        await _page.Locator(".position-matrix.compare").WaitForAsync();
        await _page.ScreenshotAsync(new() { Path = Shot("positions-seed-compare.png"), FullPage = true });

        await _page.GotoAsync(new Uri(_baseUrl, "/topics").ToString());
        await _page.Locator("#topics").WaitForAsync();
        await _page.ScreenshotAsync(new() { Path = Shot("topics-seed.png"), FullPage = true });
    }

    private static string Shot(string name) => Path.Combine(Path.GetTempPath(), name);

    private static async Task<JsonElement> WaitForPositionsAsync(HttpClient client)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            var positions = await client.GetFromJsonAsync<JsonElement>("/api/positions");
            if (positions.GetArrayLength() > 0) return positions;
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The seed article produced no positions within 30 s");
            await Task.Delay(200);
        }
    }
}
