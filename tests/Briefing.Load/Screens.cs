using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Briefing.Load;

/// <summary>N open dashboards (headless Blazor circuits) and M hub clients against a running app; K articles posted
/// at a steady rate; for every accepted article, the time from its 202 to the render batch that shows its title on
/// each circuit (and to its ArticleIngested on each hub client): one measurement per screen per article, taken from
/// the moment the POST was sent when the screen showed the article before its 202 arrived. A dashboard shows an
/// article from the render that contains its title or that of an article committed after it (its list keeps the newest
/// 30: see <see cref="CommitOrder"/>). Prints one JSON object.</summary>
public static class Screens
{
    public static async Task<int> RunAsync(ScreensSettings settings)
    {
        var json = await MeasureAsync(settings);
        Console.WriteLine(json);
        if (settings.Json is not null) await File.WriteAllTextAsync(settings.Json, json);
        return JsonDocument.Parse(json).RootElement.GetProperty("lost").GetInt64() == 0 ? 0 : 1;
    }

    /// <summary>The whole run; returns the JSON object.</summary>
    public static async Task<string> MeasureAsync(ScreensSettings settings)
    {
        var clock = Stopwatch.StartNew();
        double Now() => clock.Elapsed.TotalMilliseconds;
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
        {
            BaseAddress = settings.Base, Timeout = TimeSpan.FromSeconds(120),
        };
        var run = Guid.NewGuid().ToString("N")[..8];
        var marker = Encoding.UTF8.GetBytes($"Dispatch {run}-");
        if (settings.Prefill > 0) await PrefillAsync(http, settings, run);
        var rssBefore = Rss(settings.ServerPid);

        // Dashboards: seen[c][k] = when circuit c first rendered article k's title (NaN: not yet).
        var seen = new double[settings.Dashboards][];
        var circuits = new BlazorCircuit?[settings.Dashboards];
        var openErrors = new ConcurrentDictionary<string, int>();
        await ForEachAsync(settings.Dashboards, settings.OpenConcurrency, async c =>
        {
            var times = seen[c] = Enumerable.Repeat(double.NaN, settings.Articles + 2).ToArray();
            try
            {
                var circuit = await BlazorCircuit.OpenAsync(http, new Uri(settings.Base, settings.Path), CancellationToken.None);
                circuit.OnBatch = bytes => Record(bytes.Span, marker, times, Now());
                circuits[c] = circuit;
            }
            catch (Exception exception)
            {
                openErrors.AddOrUpdate(Short(exception), 1, (_, n) => n + 1);
            }
        });
        var dashboardsOpen = circuits.Count(c => c is not null);
        Log($"{dashboardsOpen}/{settings.Dashboards} dashboards open after {clock.Elapsed.TotalSeconds:F0} s{Errors(openErrors)}");

        // Idle memory: let the server settle, then read its resident set.
        await Task.Delay(TimeSpan.FromSeconds(settings.SettleSeconds));
        var rssIdle = Rss(settings.ServerPid);
        double? perCircuitKb = rssBefore is { } before && rssIdle is { } idle && dashboardsOpen > 0 ? Math.Round((idle - before) * 1024 / dashboardsOpen) : null;

        // Hub clients: hubSeen[h][k] = when hub client h first received article k's ArticleIngested (NaN: not yet).
        var hubSeen = new double[settings.HubClients][];
        var hubs = new HubListener?[settings.HubClients];
        var hubErrors = new ConcurrentDictionary<string, int>();
        await ForEachAsync(settings.HubClients, 64, async h =>
        {
            var times = hubSeen[h] = Enumerable.Repeat(double.NaN, settings.Articles + 2).ToArray();
            try
            {
                var hub = await HubListener.OpenAsync(new Uri(settings.Base, "/hubs/briefing"), CancellationToken.None);
                hub.OnArticleIngested = message => Record(message, marker, times, Now());
                hubs[h] = hub;
            }
            catch (Exception exception)
            {
                hubErrors.AddOrUpdate(Short(exception), 1, (_, n) => n + 1);
            }
        });
        var hubsOpen = hubs.Count(h => h is not null);
        Log($"{hubsOpen}/{settings.HubClients} hub clients open after {clock.Elapsed.TotalSeconds:F0} s{Errors(hubErrors)}");
        // One timer keeps every hub connection alive (the server drops a client silent for 30 s).
        using var keepAlive = new Timer(_ =>
        {
            foreach (var hub in hubs) if (hub is not null) _ = hub.PingAsync();
        }, null, HubListener.PingInterval, HubListener.PingInterval);

        // Articles at a steady (open-loop) rate. Each measurement starts at the article's 202 (the definition);
        // a screen that showed the article before the load client saw its 202 (the server publishes right after the
        // commit and answers at the same time, and the client may read the batch first) is measured from the moment
        // the POST was sent instead: never 0, and never earlier than the article existed.
        http.DefaultRequestHeaders.Add("X-Api-Key", settings.Key);
        var posted = new double[settings.Articles + 1];
        var accepted = new double[settings.Articles + 1];
        Array.Fill(accepted, double.NaN);
        var posts = new List<Task>();
        int refused = 0, failed = 0, duplicates = 0;
        var start = clock.Elapsed.TotalSeconds;
        var clientCpuStart = Environment.CpuUsage.TotalTime;
        var serverCpuStart = CpuSeconds(settings.ServerPid);
        var batchesStart = circuits.Sum(c => c?.Batches ?? 0);
        for (var k = 1; k <= settings.Articles; k++)
        {
            var wait = start + (k - 1) / settings.Rate - clock.Elapsed.TotalSeconds;
            if (wait > 0.001) await Task.Delay(TimeSpan.FromSeconds(wait));
            var serial = k;
            posts.Add(Task.Run(async () =>
            {
                posted[serial] = Now();
                try
                {
                    using var response = await http.PostAsJsonAsync("/api/articles", Articles.Make(run, serial).Body);
                    if (response.StatusCode != HttpStatusCode.Accepted) Interlocked.Increment(ref refused);
                    // A duplicate is stored as a copy of an earlier article, not as a new one: no screen shows it.
                    else if (await IsDuplicateAsync(response)) Interlocked.Increment(ref duplicates);
                    else accepted[serial] = Now();
                }
                catch (Exception) { Interlocked.Increment(ref failed); }
            }));
        }
        await Task.WhenAll(posts);
        var sent = clock.Elapsed.TotalSeconds - start;
        var acceptedSerials = Enumerable.Range(1, settings.Articles).Where(k => !double.IsNaN(accepted[k])).ToList();
        var drainUntil = clock.Elapsed.TotalSeconds + settings.DrainSeconds;

        // What a dashboard shows (see CommitOrder): one closing article, posted once every accepted one is committed, so
        // each of them has a later transaction; then every article's transaction, read from the store.
        await WaitForInboxAsync(http, drainUntil, clock);
        var closing = await PostClosingAsync(http, run, settings.Articles + 1);
        await WaitForInboxAsync(http, drainUntil, clock);
        var rank = await CommitOrder.FetchAsync(http, marker, settings.Articles + 1, acceptedSerials.Count + (closing ? 1 : 0));
        double[] Shown(int c) => CommitOrder.Shown(seen[c], rank);

        long Expected() => (long)acceptedSerials.Count * (dashboardsOpen + hubsOpen);
        long Delivered() =>
            Count(circuits.Select((circuit, c) => circuit is null ? null : Shown(c))) + Count(hubs.Select((hub, h) => hub is null ? null : hubSeen[h]));
        long Count(IEnumerable<double[]?> times) => times.Sum(t => t is null ? 0L : acceptedSerials.Count(k => !double.IsNaN(t[k])));
        while (Delivered() < Expected() && clock.Elapsed.TotalSeconds < drainUntil) await Task.Delay(250);
        var rssEnd = Rss(settings.ServerPid);
        var phaseSeconds = clock.Elapsed.TotalSeconds - start;
        var clientCpu = (Environment.CpuUsage.TotalTime - clientCpuStart).TotalSeconds;
        var serverCpu = CpuSeconds(settings.ServerPid) - serverCpuStart;
        var batches = circuits.Sum(c => c?.Batches ?? 0) - batchesStart;

        // One latency per screen per article: from the 202, or from the POST when the screen was first.
        var shownOnDashboards = circuits.Select((circuit, c) => circuit is null ? null : Shown(c)).ToArray();
        var dashboard = Latencies(shownOnDashboards, acceptedSerials, posted, accepted);
        var rendered = Count(circuits.Select((circuit, c) => circuit is null ? null : seen[c]));
        var hub = Latencies(hubs.Select((listener, h) => listener is null ? null : hubSeen[h]), acceptedSerials, posted, accepted);
        var delivered = Delivered();
        var result = new
        {
            dashboards = settings.Dashboards,
            hubClients = settings.HubClients,
            articles = acceptedSerials.Count,
            delivered,
            expected = Expected(),
            lost = Expected() - delivered,
            p50Ms = Percentile(dashboard.From202, 0.50),
            p95Ms = Percentile(dashboard.From202, 0.95),
            p99Ms = Percentile(dashboard.From202, 0.99),
            maxMs = dashboard.From202.Count == 0 ? (double?)null : Math.Round(dashboard.From202[^1], 1),
            serverRssMb = rssEnd,
            serverRssPerCircuitKb = perCircuitKb,
            // Additive detail: what opened, the hub clients' own latency, the idle memory, refusals.
            dashboardsOpen,
            hubClientsOpen = hubsOpen,
            dashboardDelivered = dashboard.From202.Count,
            // Of those, shown by their own title in a render batch, and shown with a later transaction's article above
            // them (the list had no room to render them; see CommitOrder). closingArticle: the end marker was accepted.
            dashboardRendered = rendered,
            dashboardShownByNewer = dashboard.From202.Count - rendered,
            closingArticle = closing,
            hubDelivered = hub.From202.Count,
            hubP50Ms = Percentile(hub.From202, 0.50),
            hubP95Ms = Percentile(hub.From202, 0.95),
            hubP99Ms = Percentile(hub.From202, 0.99),
            // How often a screen showed an article before the client had its 202 (measured from the POST then), and
            // the same percentiles measured from the POST for every delivery (the 202's own time included).
            dashboardBefore202 = dashboard.Before202,
            hubBefore202 = hub.Before202,
            postP50Ms = Percentile(dashboard.FromPost, 0.50),
            postP95Ms = Percentile(dashboard.FromPost, 0.95),
            postP99Ms = Percentile(dashboard.FromPost, 0.99),
            hubPostP99Ms = Percentile(hub.FromPost, 0.99),
            acceptP99Ms = Percentile(acceptedSerials.Select(k => accepted[k] - posted[k]).Order().ToList(), 0.99),
            serverRssBeforeMb = rssBefore,
            serverRssIdleMb = rssIdle,
            ratePerSecond = settings.Rate,
            sendSeconds = Math.Round(sent, 1),
            refused,
            duplicates,
            failed,
            circuitErrors = circuits.Count(c => c?.Error is not null),
            hubErrors = hubs.Count(h => h?.Error is not null),
            circuitErrorKinds = circuits.Where(c => c?.Error is not null).GroupBy(c => c!.Error![..Math.Min(120, c.Error!.Length)])
                .OrderByDescending(g => g.Count()).Take(3).Select(g => $"{g.Count()}× {g.Key}").ToArray(),
            // Who used the 2 cores while articles were sent and delivered: the load client competes with the server.
            phaseSeconds = Math.Round(phaseSeconds, 1),
            clientCpuSeconds = Math.Round(clientCpu, 1),
            serverCpuSeconds = serverCpu is { } cpu ? Math.Round(cpu, 1) : (double?)null,
            // Server CPU per delivered article per screen (µs), and render batches each circuit received per article.
            serverCpuMicrosPerDelivery = serverCpu is { } used && delivered > 0 ? Math.Round(used * 1e6 / delivered, 1) : (double?)null,
            batchesPerArticlePerCircuit = dashboardsOpen > 0 && acceptedSerials.Count > 0 ? Math.Round((double)batches / dashboardsOpen / acceptedSerials.Count, 2) : (double?)null,
            // When in the run the tail happened: dashboard latency by the second its article was posted in, and the
            // articles some dashboard never showed (their commit rank: -1 = not found in the store).
            dashboardBySecond = BySecond(shownOnDashboards, acceptedSerials, posted, accepted, start * 1000),
            lostArticles = await LostArticlesAsync(http, run, shownOnDashboards, acceptedSerials, rank, settings.Articles + 1),
        };
        foreach (var circuit in circuits) if (circuit is not null) await circuit.DisposeAsync();
        await keepAlive.DisposeAsync();
        foreach (var listener in hubs) if (listener is not null) await listener.DisposeAsync();
        return JsonSerializer.Serialize(result);
    }

    /// <summary>Waits (until <paramref name="until"/>) for the inbox to have no pending article.</summary>
    private static async Task WaitForInboxAsync(HttpClient http, double until, Stopwatch clock)
    {
        while (clock.Elapsed.TotalSeconds < until && (await Ingest.InboxAsync(http)).Pending > 0) await Task.Delay(250);
    }

    /// <summary>The run's closing article (not measured): whether it was accepted.</summary>
    private static async Task<bool> PostClosingAsync(HttpClient http, string run, int serial)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            using var response = await http.PostAsJsonAsync("/api/articles", Articles.Make(run, serial).Body);
            if (response.StatusCode == HttpStatusCode.Accepted) return true;
            await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromMilliseconds(500));
        }
        return false;
    }

    /// <summary>Fills the store before any dashboard opens (titles "Dispatch RUNp-K", which the run's marker "Dispatch RUN-" never matches), so
    /// every circuit starts with full lists and the idle memory per circuit is that of a full dashboard.</summary>
    private static async Task PrefillAsync(HttpClient http, ScreensSettings settings, string run)
    {
        for (var k = 1; k <= settings.Prefill; k++)
        {
            var body = Articles.Make(run + "p", k).Body;
            using var post = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = JsonContent.Create(body) };
            post.Headers.Add("X-Api-Key", settings.Key);
            (await http.SendAsync(post)).EnsureSuccessStatusCode();
        }
        // Processed when the inbox has nothing pending (the list endpoint caps a page at 500, below a large prefill).
        var clock = Stopwatch.StartNew();
        await WaitForInboxAsync(http, 600, clock);
        Log($"{settings.Prefill} articles in the store before the dashboards open");
    }

    /// <summary>Every "Dispatch RUN-K" title in a render batch marks article K as shown on that circuit.</summary>
    private static void Record(ReadOnlySpan<byte> batch, byte[] marker, double[] times, double now)
    {
        for (var at = batch.IndexOf(marker); at >= 0;)
        {
            var digits = batch[(at + marker.Length)..];
            var k = 0;
            var n = 0;
            while (n < digits.Length && n < 9 && digits[n] is >= (byte)'0' and <= (byte)'9') k = k * 10 + (digits[n++] - '0');
            if (n > 0 && k < times.Length && double.IsNaN(times[k])) times[k] = now;
            var next = digits.IndexOf(marker);
            at = next < 0 ? -1 : at + marker.Length + next;
        }
    }

    /// <summary>Sorted latencies of every delivery (one per screen per article): from the 202, or from the POST when
    /// the screen showed the article before the 202 arrived; and from the POST for all.</summary>
    private static (List<double> From202, List<double> FromPost, int Before202) Latencies(IEnumerable<double[]?> screens,
        List<int> serials, double[] posted, double[] accepted)
    {
        var from202 = new List<double>();
        var fromPost = new List<double>();
        var before202 = 0;
        foreach (var times in screens)
        {
            if (times is null) continue;
            foreach (var k in serials)
            {
                var at = times[k];
                if (double.IsNaN(at)) continue;
                fromPost.Add(at - posted[k]);
                from202.Add(Since202(at, posted[k], accepted[k]));
                if (at < accepted[k]) before202++;
            }
        }
        from202.Sort();
        fromPost.Sort();
        return (from202, fromPost, before202);
    }

    private static async Task<bool> IsDuplicateAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).TryGetProperty("duplicate", out var duplicate) && duplicate.GetBoolean();

    /// <summary>A delivery's latency: from the 202, or from the POST when the screen showed the article before the 202.</summary>
    private static double Since202(double at, double posted, double accepted) => at - (at >= accepted ? accepted : posted);

    /// <summary>Per second of the send phase (by when each article was posted): deliveries, p50 and p99 in ms.</summary>
    private static object[] BySecond(IEnumerable<double[]?> screens, List<int> serials, double[] posted, double[] accepted, double startMs)
    {
        var buckets = new SortedDictionary<int, List<double>>();
        foreach (var times in screens)
        {
            if (times is null) continue;
            foreach (var k in serials)
            {
                if (double.IsNaN(times[k])) continue;
                var second = (int)((posted[k] - startMs) / 1000);
                if (!buckets.TryGetValue(second, out var list)) buckets[second] = list = [];
                list.Add(Since202(times[k], posted[k], accepted[k]));
            }
        }
        return buckets.Select(b =>
        {
            b.Value.Sort();
            return (object)new { s = b.Key, n = b.Value.Count, p50 = Percentile(b.Value, 0.5), p99 = Percentile(b.Value, 0.99) };
        }).ToArray();
    }

    /// <summary>Up to ten accepted articles some screen never showed: serial, commit rank (-1: not found in the
    /// list), the closing article's rank, on how many screens each is missing, and what the store says of it by id
    /// (GET /api/articles/{id}: its status code and ingestedAt), to tell an article never committed from a list that
    /// skipped it.</summary>
    private static async Task<object[]> LostArticlesAsync(HttpClient http, string run, IEnumerable<double[]?> screens, List<int> serials,
        int[] rank, int closingSerial)
    {
        var missing = new Dictionary<int, int>();
        foreach (var times in screens)
        {
            if (times is null) continue;
            foreach (var k in serials)
                if (double.IsNaN(times[k])) missing[k] = missing.GetValueOrDefault(k) + 1;
        }
        var lost = new List<object>();
        foreach (var (serial, screenCount) in missing.OrderBy(m => m.Key).Take(10))
        {
            var id = Articles.Make(run, serial).Id;
            using var response = await http.GetAsync($"/api/articles/{id}");
            var ingestedAt = response.IsSuccessStatusCode
                ? (await response.Content.ReadFromJsonAsync<JsonElement>()).TryGetProperty("ingestedAt", out var at) ? at.ToString() : null
                : null;
            lost.Add(new { serial, id, rank = rank[serial], closingRank = rank[closingSerial], screens = screenCount, byId = (int)response.StatusCode, ingestedAt });
        }
        return [.. lost];
    }

    private static async Task ForEachAsync(int count, int concurrency, Func<int, Task> body)
    {
        using var gate = new SemaphoreSlim(concurrency);
        var tasks = new List<Task>(count);
        for (var i = 0; i < count; i++)
        {
            await gate.WaitAsync();
            var index = i;
            tasks.Add(Task.Run(async () =>
            {
                try { await body(index); }
                finally { gate.Release(); }
            }));
        }
        await Task.WhenAll(tasks);
    }

    /// <summary>The server's resident set in MB, from /proc (Linux), when its process id was given.</summary>
    private static double? Rss(int? pid)
    {
        if (pid is null) return null;
        var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return line is null ? null : Math.Round(double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024, 1);
    }

    /// <summary>The server's user + system CPU time in seconds, from /proc (Linux), when its process id was given.</summary>
    private static double? CpuSeconds(int? pid)
    {
        if (pid is null || !File.Exists($"/proc/{pid}/stat")) return null;
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        // Fields after the parenthesised command name: state is field 3, utime 14 and stime 15 (clock ticks, 100/s).
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (double.Parse(fields[11]) + double.Parse(fields[12])) / 100;
    }

    private static double? Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? null : Math.Round(sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)], 1);

    private static string Short(Exception exception) => exception.GetType().Name + ": " + exception.Message.Split('\n')[0];

    private static string Errors(ConcurrentDictionary<string, int> errors) =>
        errors.IsEmpty ? "" : "; failures: " + string.Join("; ", errors.Select(e => $"{e.Value}× {e.Key}"));

    private static void Log(string message) => Console.Error.WriteLine(message);
}

/// <summary>Flags of the screens run (exactly as the issue names them, plus optional ones).</summary>
public sealed record ScreensSettings(Uri Base, string Key, int Dashboards, int HubClients, int Articles, double Rate,
    string? Json, int? ServerPid, string Path, int OpenConcurrency, int SettleSeconds, int DrainSeconds, int Prefill = 0)
{
    public static ScreensSettings Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        return new ScreensSettings(
            new Uri(Value("--base") ?? "http://127.0.0.1:5200"),
            Value("--api-key") ?? Environment.GetEnvironmentVariable("BRIEFING_KEY") ?? throw new ArgumentException("--api-key (or BRIEFING_KEY) is required"),
            int.Parse(Value("--dashboards") ?? "0"),
            int.Parse(Value("--hub-clients") ?? "0"),
            int.Parse(Value("--articles") ?? "20"),
            double.Parse(Value("--rate") ?? "2", System.Globalization.CultureInfo.InvariantCulture),
            Value("--json"),
            Value("--server-pid") is { } pid ? int.Parse(pid) : null,
            Value("--path") ?? "/",
            int.Parse(Value("--open-concurrency") ?? "16"),
            int.Parse(Value("--settle-seconds") ?? "5"),
            int.Parse(Value("--drain-seconds") ?? "15"),
            int.Parse(Value("--prefill") ?? "0"));
    }
}
