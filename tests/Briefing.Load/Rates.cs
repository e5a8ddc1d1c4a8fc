using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace Briefing.Load;

/// <summary>Pushes fictional articles through POST /api/articles at increasing rates and reports, per step, the
/// committed (202) and extracted (hub "ArticleIngested") articles per second and the time from POST to the hub event.</summary>
internal static class Rates
{
    public static async Task<int> RunAsync(string[] args)
    {
        var settings = Args.Parse(args);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = settings.Concurrency })
        {
            BaseAddress = new Uri(settings.Url), Timeout = TimeSpan.FromSeconds(30),
        };
        http.DefaultRequestHeaders.Add("X-Api-Key", settings.Key);

        var clock = Stopwatch.StartNew();
        var sentAt = new ConcurrentDictionary<string, double>();
        var seenAt = new ConcurrentDictionary<string, double>();
        await using var hub = new HubConnectionBuilder().WithUrl(new Uri(new Uri(settings.Url), "/hubs/briefing")).Build();
        hub.On<JsonElement>("ArticleIngested", message =>
            seenAt.TryAdd(message.GetProperty("articleId").GetString()!, clock.Elapsed.TotalMilliseconds));
        await hub.StartAsync();

        Console.WriteLine($"{"rate/s",7} {"sent",7} {"202",7} {"503/429",8} {"err",5} {"committed/s",12} {"extracted/s",12} {"p50 ms",8} {"p99 ms",8} {"max ms",8}  verdict");
        var run = Guid.NewGuid().ToString("N")[..8];
        var serial = 0;
        foreach (var rate in settings.Rates)
        {
            var ids = new ConcurrentBag<string>();
            int accepted = 0, refused = 0, errors = 0;
            using var gate = new SemaphoreSlim(settings.Concurrency);
            var inFlight = new List<Task>();
            var start = clock.Elapsed.TotalSeconds;
            var total = rate * settings.Seconds;
            for (var i = 0; i < total; i++)
            {
                // Open-loop pacing: article i leaves at start + i/rate whatever the server's speed.
                var due = start + i / (double)rate;
                var wait = due - clock.Elapsed.TotalSeconds;
                if (wait > 0.001) await Task.Delay(TimeSpan.FromSeconds(wait));
                await gate.WaitAsync();
                var article = Articles.Make(run, Interlocked.Increment(ref serial));
                inFlight.Add(Task.Run(async () =>
                {
                    try
                    {
                        sentAt[article.Id] = clock.Elapsed.TotalMilliseconds;
                        using var response = await http.PostAsJsonAsync("/api/articles", article.Body);
                        if (response.StatusCode == HttpStatusCode.Accepted) { Interlocked.Increment(ref accepted); ids.Add(article.Id); }
                        else if (response.StatusCode is HttpStatusCode.ServiceUnavailable or HttpStatusCode.TooManyRequests) Interlocked.Increment(ref refused);
                        else Interlocked.Increment(ref errors);
                    }
                    catch (Exception) { Interlocked.Increment(ref errors); }
                    finally { gate.Release(); }
                }));
            }
            await Task.WhenAll(inFlight);
            var sendSeconds = clock.Elapsed.TotalSeconds - start;
            var drainUntil = clock.Elapsed.TotalSeconds + 10;
            while (ids.Any(id => !seenAt.ContainsKey(id)) && clock.Elapsed.TotalSeconds < drainUntil) await Task.Delay(50);
            var seen = ids.Where(seenAt.ContainsKey).ToList();
            var lastSeen = seen.Count == 0 ? start : seen.Max(id => seenAt[id]) / 1000;
            var latencies = seen.Select(id => seenAt[id] - sentAt[id]).Order().ToArray();
            double Percentile(double p) => latencies.Length == 0 ? double.NaN : latencies[Math.Min(latencies.Length - 1, (int)Math.Ceiling(p * latencies.Length) - 1)];
            var committedPerSecond = accepted / sendSeconds;
            var extractedPerSecond = seen.Count / Math.Max(sendSeconds, lastSeen - start);
            var ok = accepted >= total * 0.99 && seen.Count == accepted && Percentile(0.99) <= 1000;
            Console.WriteLine($"{rate,7} {total,7} {accepted,7} {refused,8} {errors,5} {committedPerSecond,12:F0} {extractedPerSecond,12:F0} {Percentile(0.5),8:F0} {Percentile(0.99),8:F0} {(latencies.Length == 0 ? double.NaN : latencies[^1]),8:F0}  {(ok ? "sustained" : "NOT sustained")}");
            await Task.Delay(TimeSpan.FromSeconds(2)); // let the pipeline settle between steps
        }
        return 0;
    }
}

/// <summary>Command-line settings.</summary>
internal sealed record Args(string Url, string Key, int[] Rates, int Seconds, int Concurrency)
{
    public static Args Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        var url = Value("--url") ?? Environment.GetEnvironmentVariable("BRIEFING_URL") ?? "http://127.0.0.1:5200";
        var key = Value("--key") ?? Environment.GetEnvironmentVariable("BRIEFING_KEY")
                  ?? throw new ArgumentException("--key (or BRIEFING_KEY) is required");
        var rates = (Value("--rates") ?? "100,200,400,800,1200").Split(',').Select(int.Parse).ToArray();
        return new Args(url, key, rates, int.Parse(Value("--seconds") ?? "10"), int.Parse(Value("--concurrency") ?? "128"));
    }
}

