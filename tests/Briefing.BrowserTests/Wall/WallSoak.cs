using Briefing.Testing;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Briefing.BrowserTests.Wall;

/// <summary>The wall soak (scripts/wall-soak.sh; not part of the default run): a wall open for WALL_SOAK_MINUTES against
/// a real server process, an article every WALL_SOAK_INTERVAL_MS (every tenth one urgent, so flashes happen too), and
/// a sample of JS heap after GC, DOM size and server memory every WALL_SOAK_SAMPLE_SECONDS, written as CSV to
/// WALL_SOAK_OUT. WALL_SOAK_RESTART_MINUTES &gt; 0 also kills and restarts the server that often.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WallSoak(BrowserFixture browser, ITestOutputHelper output)
{
    private static double Setting(string name, double fallback) =>
        double.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : fallback;

    [EnvFact("WALL_SOAK_MINUTES", "The wall soak (scripts/wall-soak.sh)")]
    public async Task A_wall_left_open_with_a_steady_stream_stays_bounded()
    {
        var minutes = Setting("WALL_SOAK_MINUTES", 0);
        var interval = TimeSpan.FromMilliseconds(Setting("WALL_SOAK_INTERVAL_MS", 1000));
        var sampleEvery = TimeSpan.FromSeconds(Setting("WALL_SOAK_SAMPLE_SECONDS", 30));
        var restartEvery = TimeSpan.FromMinutes(Setting("WALL_SOAK_RESTART_MINUTES", 0));
        var csvPath = Environment.GetEnvironmentVariable("WALL_SOAK_OUT") ?? Path.Combine(Path.GetTempPath(), "wall-soak.csv");

        var folder = Directory.CreateTempSubdirectory("briefing-wall-soak-");
        await using var server = new AppProcess(folder.FullName);
        server.Start();
        await server.WaitReadyAsync();
        using var writer = server.Writer();
        var page = await browser.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = WallPage.FullHd });
        var loads = 0;
        page.Load += (_, _) => loads++;
        await WallPage.OpenAsync(page, server.BaseUrl, "?rotate=5&flash=3&urgent=embargo&actors=Aldo Varga");

        await using var csv = new StreamWriter(csvPath);
        await csv.WriteLineAsync("elapsed_s,posted,js_heap_mb,dom_nodes,server_mb,page_loads,stale");
        var watch = Stopwatch.StartNew();
        var nextSample = TimeSpan.Zero;
        var nextRestart = restartEvery > TimeSpan.Zero ? restartEvery : TimeSpan.MaxValue;
        var posted = 0;
        var samples = new List<(double Heap, int Nodes)>();
        while (watch.Elapsed < TimeSpan.FromMinutes(minutes))
        {
            var urgent = posted % 10 == 9 ? " An embargo is not on the table." : "";
            var article = new
            {
                title = $"Soak article {posted}",
                text = $"Veltrian Foreign Minister Aldo Varga said on Tuesday that the port talks would continue. " +
                       $"“We will not close the harbour of Serin soak{posted}.{urgent}” Varga said.",
                source = "Soak Wire",
            };
            try
            {
                (await writer.PostAsJsonAsync("/api/articles", article)).EnsureSuccessStatusCode();
                posted++;
            }
            catch (HttpRequestException) { /* server restarting */ }

            if (watch.Elapsed >= nextRestart)
            {
                await server.KillAsync();
                await Task.Delay(2000);
                server.Start();
                await server.WaitReadyAsync();
                nextRestart += restartEvery;
            }
            if (watch.Elapsed >= nextSample)
            {
                var heap = await WallPage.HeapAfterGcAsync(page) / 1024.0 / 1024;
                var nodes = await WallPage.DomNodesAsync(page);
                var stale = await page.EvaluateAsync<bool>("() => document.documentElement.classList.contains('wall-is-stale')");
                var serverMb = (server.WorkingSet ?? 0) / 1024.0 / 1024;
                samples.Add((heap, nodes));
                var line = string.Create(CultureInfo.InvariantCulture,
                    $"{watch.Elapsed.TotalSeconds:F0},{posted},{heap:F2},{nodes},{serverMb:F1},{loads},{stale}");
                await csv.WriteLineAsync(line);
                await csv.FlushAsync();
                output.WriteLine(line);
                nextSample += sampleEvery;
            }
            await Task.Delay(interval);
        }

        output.WriteLine($"{posted} articles over {watch.Elapsed.TotalMinutes:F1} min; CSV: {csvPath}");
        await WallPage.WaitLiveAsync(page, 30000);
        Assert.True(samples.Max(s => s.Nodes) < 400, $"DOM grew to {samples.Max(s => s.Nodes)} elements");
        Assert.True(samples[^1].Heap < samples[0].Heap * 2 + 5, $"JS heap grew from {samples[0].Heap:F2} MB to {samples[^1].Heap:F2} MB");
        await page.CloseAsync();
        try { folder.Delete(recursive: true); } catch (IOException) { }
    }
}
