extern alias load;
using System.Text.Json;
using Briefing.Testing;
using load::Briefing.Load;
using Xunit.Abstractions;

namespace Briefing.Scale.Tests;

/// <summary>The small version of the thousand-screens run: real Kestrel, 20 headless dashboards (real Blazor
/// circuits started as blazor.web.js starts them) and 20 hub clients; every article posted reaches every screen.</summary>
public sealed class ScreensLoadTests(ITestOutputHelper output) : IDisposable
{
    private readonly BriefingAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Twenty_dashboards_and_twenty_hub_clients_each_see_every_posted_article()
    {
        var url = _app.StartOnLoopback();

        var json = await Screens.MeasureAsync(new ScreensSettings(url, BriefingAppFactory.ApiKey, Dashboards: 20, HubClients: 20,
            Articles: 5, Rate: 5, Json: null, ServerPid: Environment.ProcessId, Path: "/", OpenConcurrency: 4,
            SettleSeconds: 1, DrainSeconds: 60));
        output.WriteLine(json);

        var result = JsonDocument.Parse(json).RootElement;
        Assert.Equal(20, result.GetProperty("dashboardsOpen").GetInt32());
        Assert.Equal(20, result.GetProperty("hubClientsOpen").GetInt32());
        Assert.Equal(5, result.GetProperty("articles").GetInt32());
        Assert.Equal(5 * 40, result.GetProperty("expected").GetInt64());
        Assert.Equal(0, result.GetProperty("lost").GetInt64());
        Assert.Equal(100, result.GetProperty("dashboardDelivered").GetInt32()); // each title rendered on each circuit
        Assert.Equal(0, result.GetProperty("circuitErrors").GetInt32());
        Assert.True(result.GetProperty("p99Ms").GetDouble() >= 0);
        // A frame renders every view of a circuit that changed in one batch (the lists, the live indicator): about
        // one batch per article or fewer (several articles share a frame; a 30 s age tick may add one), where views
        // rendering alone sent about three.
        Assert.InRange(result.GetProperty("batchesPerArticlePerCircuit").GetDouble(), 0.1, 1.5);
        Assert.True(result.GetProperty("serverRssMb").GetDouble() > 0);
    }
}
