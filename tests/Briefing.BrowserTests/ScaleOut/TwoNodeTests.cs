using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Briefing.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Briefing.BrowserTests.ScaleOut;

/// <summary>Two app nodes over one PostgreSQL database and one Redis (throw-away servers on loopback): what one node
/// commits shows live on the other's screens and hub clients, and a node killed mid-batch loses nothing.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TwoNodeTests(BrowserFixture browser, ITestOutputHelper output)
{
    [SkippableFact]
    public async Task An_article_posted_to_node_A_shows_live_on_a_dashboard_and_a_hub_client_of_node_B()
    {
        await using var cluster = new ScaleOutCluster();
        await using var a = cluster.Node("a");
        // B does not process the inbox: what its screens show can only have come from A, through Redis.
        await using var b = cluster.Node("b", new Dictionary<string, string> { ["Briefing__ProcessInbox"] = "false" });
        // Started together: both migrate the same empty database and load the same watch-list at once.
        a.Start();
        b.Start();
        await Task.WhenAll(a.WaitReadyAsync(), b.WaitReadyAsync());

        var page = await browser.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1600, Height = 1000 } });
        await page.GotoAsync(b.BaseUrl.ToString());
        await page.Locator(".live-indicator[data-live='on']").WaitForAsync(new() { Timeout = 30000 });
        var ingestedOnB = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var hub = new HubConnectionBuilder().WithUrl(new Uri(b.BaseUrl, "/hubs/briefing")).Build();
        hub.On<JsonElement>("ArticleIngested", message => ingestedOnB.TrySetResult(message.GetProperty("articleId").GetString()!));
        await hub.StartAsync();

        using var writer = a.Writer();
        var response = await writer.PostAsJsonAsync("/api/articles", FictionalArticles.Harbour("two-node"));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var card = page.Locator("#quotes .quote-card", new() { HasTextString = "We will not close the harbour of Serin two-node" });
        await card.WaitForAsync(new() { Timeout = 30000 });
        Assert.Equal("Aldo Varga", await card.Locator(".speaker").InnerTextAsync());
        Assert.Contains("Veltria keeps the harbour open two-node", await page.Locator("#articles").InnerTextAsync());
        Assert.Equal(id, await ingestedOnB.Task.WaitAsync(TimeSpan.FromSeconds(30)));

        // The other way round: accepted by B (which leaves the inbox to others), processed by A — woken by B's
        // doorbell over Redis rather than its own 5 s poll — and shown on B's screen.
        var watch = System.Diagnostics.Stopwatch.StartNew();
        using var writerB = b.Writer();
        (await writerB.PostAsJsonAsync("/api/articles", FictionalArticles.Harbour("via-b"))).EnsureSuccessStatusCode();
        await page.Locator("#quotes .quote-card", new() { HasTextString = "harbour of Serin via-b" }).WaitForAsync(new() { Timeout = 30000 });
        output.WriteLine($"posted to B, processed by A, shown on B after {watch.ElapsedMilliseconds} ms");
        await page.CloseAsync();

        // Every reading query on PostgreSQL, through node B: the API and the server-rendered pages answer.
        using var reader = new HttpClient { BaseAddress = b.BaseUrl };
        var found = await reader.GetFromJsonAsync<JsonElement[]>("/api/statements?q=harbour%20Serin&actor=Aldo%20Varga");
        Assert.Equal(2, found!.Length);
        Assert.Contains(found, s => s.GetProperty("articleId").GetString() == id);
        Assert.Empty((await reader.GetFromJsonAsync<JsonElement[]>("/api/statements?q=harbour%20Maranth"))!);
        Assert.Contains("Varga", (await reader.GetFromJsonAsync<JsonElement>("/api/actors/Varga")).GetProperty("name").GetString());
        foreach (var path in new[] { "/api/actors", "/api/positions", "/api/topics", $"/api/articles/{id}", "/api/brief", "/positions",
                     "/topics", "/sources", "/wall", "/brief", "/alerts", "/readyz", "/actors/" + Uri.EscapeDataString(found![0].GetProperty("speaker").GetProperty("id").GetString()!) })
            Assert.True((await reader.GetAsync(path)).IsSuccessStatusCode, path);
    }

    [SkippableFact]
    public async Task Killing_node_A_mid_batch_loses_nothing_and_node_B_finishes_the_inbox_processing_each_article_once()
    {
        const int articles = 150;
        await using var cluster = new ScaleOutCluster();
        // The articles are taken in by a node that leaves the inbox alone, so none is processed before A starts: on a
        // quiet machine A would otherwise finish them all while they are still being posted.
        await using var intake = cluster.Node("intake", new Dictionary<string, string> { ["Briefing__ProcessInbox"] = "false" });
        // Small batches on A, so a kill lands while A holds a claimed batch and more is waiting.
        await using var a = cluster.Node("a", new Dictionary<string, string>
        {
            ["Briefing__PipelineBatchSize"] = "4",
            ["Briefing__ExtractionParallelism"] = "1",
        });
        await using var b = cluster.Node("b");
        await intake.StartAsync();

        var accepted = new ConcurrentDictionary<string, bool>();
        using var writer = intake.Writer();
        var next = -1;
        async Task Client()
        {
            int n;
            while ((n = Interlocked.Increment(ref next)) < articles)
            {
                var response = await writer.PostAsJsonAsync("/api/articles", Dispatches.Make("kill", n));
                Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
                var body = await response.Content.ReadFromJsonAsync<JsonElement>();
                Assert.False(body.GetProperty("duplicate").GetBoolean());
                accepted[body.GetProperty("id").GetString()!] = true;
            }
        }
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Client()));
        Assert.Equal(articles, accepted.Count);
        await intake.KillAsync();
        Assert.Equal(articles, cluster.Count("SELECT count(*) FROM inbox WHERE status = 'pending'"));
        a.Start(); // not awaited: the watch below reads the database while A starts and works

        // Kill A (the only node yet) once it has committed something and holds a claimed batch (rows locked).
        long Locked() => cluster.Count("SELECT count(*) FROM inbox WHERE status = 'pending'") -
                         cluster.Count("SELECT count(*) FROM (SELECT id FROM inbox WHERE status = 'pending' FOR UPDATE SKIP LOCKED) free");
        long Done() => cluster.Count("SELECT count(*) FROM inbox WHERE status = 'done'");
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while ((Done() == 0 || Locked() == 0) && DateTime.UtcNow < deadline) await Task.Delay(5);
        await a.KillAsync();
        var doneAtKill = Done();
        output.WriteLine($"killed A with {doneAtKill} of {articles} done, mid-batch");
        Assert.InRange(doneAtKill, 1, articles - 1);
        // A's connection is gone with it: PostgreSQL rolls its claim back, and B (started now) takes the rest.
        await b.StartAsync();

        deadline = DateTime.UtcNow.AddSeconds(120);
        while (cluster.Count("SELECT count(*) FROM inbox WHERE status = 'pending'") > 0 && DateTime.UtcNow < deadline) await Task.Delay(200);

        Assert.Equal(0, cluster.Count("SELECT count(*) FROM inbox WHERE status = 'pending'"));
        Assert.Equal(0, cluster.Count("SELECT count(*) FROM inbox WHERE status = 'failed'"));
        Assert.Equal(articles, cluster.Count("SELECT count(*) FROM inbox WHERE status = 'done' AND attempts = 1"));
        Assert.Equal(articles, cluster.Count("SELECT count(*) FROM articles"));
        var stored = await b.Writer().GetFromJsonAsync<JsonElement[]>($"/api/articles?limit={articles + 10}");
        Assert.Equal(accepted.Keys.Order(), stored!.Select(s => s.GetProperty("id").GetString()!).Order());
    }
}

/// <summary>Fictional wire dispatches of about 150 words with two quotes each, all different (no near copies).</summary>
internal static class Dispatches
{
    private static readonly string[] Names = ["Aldo Varga", "Lina Okoro", "Petra Solvik", "Tomas Reyl", "Ines Maro"];
    private static readonly string[] Places = ["Veltria", "Maranth", "Dunmere", "Serin", "the outer isles"];
    private static readonly string[] Words =
        ("harbour grain bridge tram river ferry archive council budget treaty tariff strike vote coalition envoy " +
         "port union subsidy harvest railway school hospital tax reform court border election census water energy").Split(' ');

    public static object Make(string run, int serial)
    {
        var random = new Random(HashCode.Combine(run, serial));
        string Pick(string[] from) => from[random.Next(from.Length)];
        var (speaker, other, place) = (Pick(Names), Pick(Names), Pick(Places));
        var text = new System.Text.StringBuilder($"{speaker} of {place} spoke on dispatch {run}-{serial}. ");
        text.Append($"“We will defend the {Pick(Words)} of {place},” {speaker} said. ");
        for (var w = 0; w < 120; w++) text.Append(Pick(Words)).Append(w % 12 == 11 ? ". " : " ");
        text.Append($"{other} said the {Pick(Words)} plan was a mistake. “It will cost {place} dearly,” {other.Split(' ')[^1]} added.");
        return new { title = $"Dispatch {run}-{serial} from {place}", text = text.ToString(), source = "Node Wire" };
    }
}
