using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Briefing.Load;

/// <summary>A fixed ingestion workload for measuring the server's cost per article: K fictional articles posted as
/// fast as the server accepts them (C at a time; a 503/429 is retried after its Retry-After), then waits until the
/// inbox has no pending row. Prints one JSON object with the server's CPU seconds (from /proc, when the server's pid is
/// given) for the whole run and per 1,000 articles, split into "until every post was answered" and "until the
/// pipeline drained". Nothing is timed against a target: the figure to compare is CPU per article.</summary>
internal static class Ingest
{
    public static async Task<int> RunAsync(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        var baseUri = new Uri(Value("--base") ?? "http://127.0.0.1:5200");
        var key = Value("--api-key") ?? throw new ArgumentException("--api-key is required");
        var articles = int.Parse(Value("--articles") ?? "20000");
        var concurrency = int.Parse(Value("--concurrency") ?? "64");
        var warmup = int.Parse(Value("--warmup") ?? "0");
        int? pid = Value("--server-pid") is { } p ? int.Parse(p) : null;

        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency }) { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(120) };
        http.DefaultRequestHeaders.Add("X-Api-Key", key);
        if (warmup > 0)
        {
            // Untimed: the server compiles its hot paths (tiered JIT) on these, so the figures are of the steady state.
            await PostAllAsync(http, Guid.NewGuid().ToString("N")[..8], warmup, concurrency);
            await DrainAsync(http, TimeSpan.FromMinutes(10));
            Console.Error.WriteLine($"ingest: {warmup} warm-up articles processed; measuring {articles}");
        }
        var run = Guid.NewGuid().ToString("N")[..8];
        var clock = Stopwatch.StartNew();
        var serverStart = ServerCpu(pid);
        var stagesStart = await StagesAsync(http);
        var clientStart = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
        var (accepted, duplicates, retried, failed) = await PostAllAsync(http, run, articles, concurrency);
        var postSeconds = clock.Elapsed.TotalSeconds;
        var serverPosted = ServerCpu(pid);

        // Drained: the inbox has no pending row (every accepted article extracted and committed, or parked as failed).
        var (pending, failedInPipeline) = await DrainAsync(http, TimeSpan.FromMinutes(30));
        var drainSeconds = clock.Elapsed.TotalSeconds;
        var serverDrained = ServerCpu(pid);
        var stagesEnd = await StagesAsync(http);
        var clientCpu = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds - clientStart;

        Dictionary<string, double> PerArticle(Dictionary<string, double> start, Dictionary<string, double> end, double scale) =>
            end.ToDictionary(s => s.Key, s => Math.Round((s.Value - start.GetValueOrDefault(s.Key)) * scale / Math.Max(1, accepted), 3));
        double? PerThousand(double? seconds) => seconds is { } s ? Math.Round(s * 1000 / Math.Max(1, accepted), 3) : null;
        var result = new
        {
            articles, warmup, accepted, duplicates, retried, failedPosts = failed, pending, failedInPipeline,
            postSeconds = Math.Round(postSeconds, 2), drainSeconds = Math.Round(drainSeconds, 2),
            acceptedPerSecond = Math.Round(accepted / postSeconds), processedPerSecond = Math.Round(accepted / drainSeconds),
            serverCpuSeconds = Round(serverDrained - serverStart),
            serverCpuSecondsWhilePosting = Round(serverPosted - serverStart),
            serverCpuMsPerArticle = PerThousand(serverDrained - serverStart),
            // Thread CPU per pipeline stage (briefing.pipeline.cpu, when the app serves /metrics); the rest of the server's
            // CPU is HTTP, the runtime (JIT, GC) and everything else.
            stageCpuMsPerArticle = PerArticle(stagesStart.Cpu, stagesEnd.Cpu, 1000),
            // Managed bytes allocated per stage (briefing.pipeline.allocated), in KB per article.
            stageAllocatedKbPerArticle = PerArticle(stagesStart.Allocated, stagesEnd.Allocated, 1.0 / 1024),
            clientCpuSeconds = Math.Round(clientCpu, 2),
            loadAverage = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : null,
        };
        Console.WriteLine(JsonSerializer.Serialize(result));
        return failed == 0 && pending == 0 ? 0 : 1;
    }

    /// <summary>Posts <paramref name="count"/> articles, <paramref name="concurrency"/> at a time, each retried while
    /// the server answers 503/429 (after its Retry-After).</summary>
    private static async Task<(int Accepted, int Duplicates, int Retried, int Failed)> PostAllAsync(HttpClient http, string run, int count, int concurrency)
    {
        int next = 0, accepted = 0, duplicates = 0, retried = 0, failed = 0;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            for (var serial = Interlocked.Increment(ref next); serial <= count; serial = Interlocked.Increment(ref next))
            {
                var article = Articles.Make(run, serial);
                for (var attempt = 0; ; attempt++)
                {
                    using var response = await http.PostAsJsonAsync("/api/articles", article.Body);
                    if (response.StatusCode == HttpStatusCode.Accepted)
                    {
                        Interlocked.Increment(ref accepted);
                        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
                        if (body.GetProperty("duplicate").GetBoolean()) Interlocked.Increment(ref duplicates);
                        break;
                    }
                    if (response.StatusCode is HttpStatusCode.ServiceUnavailable or HttpStatusCode.TooManyRequests && attempt < 100)
                    {
                        Interlocked.Increment(ref retried);
                        await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromMilliseconds(200));
                        continue;
                    }
                    Interlocked.Increment(ref failed);
                    break;
                }
            }
        }));
        return (accepted, duplicates, retried, failed);
    }

    /// <summary>Waits until the inbox has no pending row; returns the last pending and failed counts.</summary>
    private static async Task<(int Pending, int Failed)> DrainAsync(HttpClient http, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (true)
        {
            var counts = await InboxAsync(http);
            if (counts.Pending == 0 || DateTime.UtcNow > until) return counts;
            await Task.Delay(250);
        }
    }

    /// <summary>briefing.pipeline.cpu (seconds) and briefing.pipeline.allocated (bytes) by stage, from the Prometheus
    /// scrape (empty when /metrics is not served).</summary>
    private static async Task<(Dictionary<string, double> Cpu, Dictionary<string, double> Allocated)> StagesAsync(HttpClient http)
    {
        using var response = await http.GetAsync("/metrics");
        if (!response.IsSuccessStatusCode) return ([], []);
        var text = await response.Content.ReadAsStringAsync();
        return (ByStage(text, "briefing_pipeline_cpu_seconds_total"), ByStage(text, "briefing_pipeline_allocated_bytes_total"));
    }

    private static Dictionary<string, double> ByStage(string scrape, string metric)
    {
        var stages = new Dictionary<string, double>();
        foreach (var line in scrape.Split('\n'))
        {
            var match = System.Text.RegularExpressions.Regex.Match(line, $@"^{metric}\{{.*stage=""([^""]+)"".*\}} ([0-9.eE+-]+)");
            if (match.Success) stages[match.Groups[1].Value] = double.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
        }
        return stages;
    }

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 2) : null;

    internal static async Task<(int Pending, int Failed)> InboxAsync(HttpClient http)
    {
        // /readyz answers 503 when the inbox is full; its body still carries the counts.
        using var response = await http.GetAsync("/readyz");
        var data = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("checks").GetProperty("inbox").GetProperty("data");
        return (data.GetProperty("pending").GetInt32(), data.GetProperty("failed").GetInt32());
    }

    /// <summary>User + system CPU seconds of a process on this machine (fields 14 and 15 of /proc/PID/stat).</summary>
    internal static double? ServerCpu(int? pid)
    {
        if (pid is null || !File.Exists($"/proc/{pid}/stat")) return null;
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (double.Parse(fields[11]) + double.Parse(fields[12])) / 100.0;
    }
}
