using System.Diagnostics;
using System.Net.Http.Json;
using Briefing.Testing;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Briefing.BrowserTests.Wall;

/// <summary>The wall against the real pipeline: posted articles arrive within a second, and a killed and restarted
/// server is recovered from without anyone touching the screen.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WallRecoveryTests(BrowserFixture browser, ITestOutputHelper output)
{
    [Fact]
    public async Task Twenty_posted_quotes_each_reach_an_open_wall_and_the_median_is_reported()
    {
        await using var app = new BriefingAppFactory();
        var baseUrl = app.StartOnLoopback();
        var page = await browser.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = WallPage.FullHd });
        await WallPage.OpenAsync(page, baseUrl, "?pin=quotes");
        using var writer = new HttpClient { BaseAddress = baseUrl };
        writer.DefaultRequestHeaders.Add("X-Api-Key", BriefingAppFactory.ApiKey);

        var latencies = new List<double>();
        for (var i = 0; i < 20; i++)
        {
            var marker = $"wall{i}";
            var watch = Stopwatch.StartNew();
            (await writer.PostAsJsonAsync("/api/articles", FictionalArticles.Harbour(marker))).EnsureSuccessStatusCode();
            await WallPage.Quote(page, $"Serin {marker},").WaitForAsync(new() { Timeout = 5000 });
            latencies.Add(watch.Elapsed.TotalMilliseconds);
        }
        await page.CloseAsync();

        latencies.Sort();
        output.WriteLine($"POST → wall DOM over 20 posts: median {(latencies[9] + latencies[10]) / 2:F0} ms, " +
                         $"min {latencies[0]:F0} ms, max {latencies[^1]:F0} ms");
        Assert.Equal(20, latencies.Count);
    }

    [Fact]
    public async Task After_the_server_is_killed_and_restarted_the_wall_recovers_on_its_own_and_shows_new_quotes()
    {
        var folder = Directory.CreateTempSubdirectory("briefing-wall-restart-");
        try
        {
            await using var server = new AppProcess(folder.FullName);
            server.Start();
            await server.WaitReadyAsync();
            using var writer = server.Writer();
            var page = await browser.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = WallPage.FullHd });
            await WallPage.OpenAsync(page, server.BaseUrl, "?pin=quotes&theme=dark&stale=5");
            (await writer.PostAsJsonAsync("/api/articles", FictionalArticles.Harbour("before"))).EnsureSuccessStatusCode();
            var before = WallPage.Quote(page, "Serin before,");
            await before.WaitForAsync(new() { Timeout = 5000 });
            await page.EvaluateAsync("() => { window.__beforeRestart = true; }");

            // Down: the strip says STALE, the last good data stays on screen, and no dialog covers it.
            var down = Stopwatch.StartNew();
            await server.KillAsync();
            await page.WaitForFunctionAsync("() => document.documentElement.classList.contains('wall-is-stale')", null, new() { Timeout = 10000 });
            output.WriteLine($"STALE shown {down.ElapsedMilliseconds} ms after the kill");
            Assert.True(await before.IsVisibleAsync());
            Assert.True(await page.Locator(".wall-stale").IsVisibleAsync());
            Assert.Contains("connection lost", await page.Locator(".wall-stale-reason").InnerTextAsync());
            Assert.Equal(0, await page.Locator("#components-reconnect-modal").CountAsync());
            await page.WaitForTimeoutAsync(3000); // a few failed retries while the server is away

            // Up again on the same port and database: the page notices, reloads itself and is live again.
            var restart = Stopwatch.StartNew();
            server.Start();
            await server.WaitReadyAsync();
            var serverUp = restart.Elapsed;
            await page.WaitForFunctionAsync(
                "() => !window.__beforeRestart && document.querySelector(\"#wall-status[data-live='on']\") && !document.documentElement.classList.contains('wall-is-stale')",
                null, new() { Timeout = 30000, PollingInterval = 50 });
            var recovered = restart.Elapsed;
            output.WriteLine($"restart: server answered after {serverUp.TotalMilliseconds:F0} ms; wall live again after " +
                             $"{recovered.TotalMilliseconds:F0} ms ({(recovered - serverUp).TotalMilliseconds:F0} ms after the server was up)");
            Assert.Contains("pin=quotes", page.Url);
            Assert.Equal("dark", await page.Locator(".wall").GetAttributeAsync("data-theme"));

            var watch = Stopwatch.StartNew();
            (await writer.PostAsJsonAsync("/api/articles", FictionalArticles.Harbour("after"))).EnsureSuccessStatusCode();
            await WallPage.Quote(page, "Serin after,").WaitForAsync(new() { Timeout = 5000 });
            output.WriteLine($"first quote after the restart shown {watch.ElapsedMilliseconds} ms after its POST");
            await page.CloseAsync();
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { folder.Delete(recursive: true); } catch (IOException) { }
        }
    }
}
