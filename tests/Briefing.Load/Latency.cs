using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace Briefing.Load;

/// <summary><c>latency --base URL [--requests 200] [--json out.json]</c>: read latency of the pages and every list
/// endpoint against a running app (e.g. over a store made by <c>briefing generate</c>). Sequential requests, after a
/// warm-up, so each number is one request's service time; prints p50/p95/p99/max per URL and whether p95 &lt; 50 ms.</summary>
internal static class Latency
{
    public static async Task<int> RunAsync(string baseUrl, int requests, string? jsonPath)
    {
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(60) };
        var actors = await http.GetFromJsonAsync<JsonElement[]>("/api/actors?limit=3") ?? [];
        var topics = await http.GetFromJsonAsync<JsonElement[]>("/api/topics") ?? [];
        var article = (await http.GetFromJsonAsync<JsonElement[]>("/api/articles?limit=1") ?? []).FirstOrDefault();
        string Id(JsonElement e) => Uri.EscapeDataString(e.GetProperty("id").GetString()!);
        string Name(JsonElement e) => Uri.EscapeDataString(e.GetProperty("name").GetString()!);
        var top = actors.Length > 0 ? Id(actors[0]) : "none";
        var second = actors.Length > 1 ? Id(actors[1]) : top;
        var topic = topics.Length > 0 ? Name(topics[0]) : "none";
        var word = await CommonWordAsync(http);
        var rare = await RareWordAsync(http);
        // A deep page, and the page after it as its Link header gives it (a cursor where the list has them).
        const string Deep = "/api/statements?offset=100000&limit=50";
        var deepNext = await NextLinkAsync(http, Deep) ?? Deep;

        string[] urls =
        [
            "/", $"/actors/{top}", $"/positions?actors={top},{second}&topics={topic}&since=30d", $"/positions?topics={topic}",
            "/positions", $"/articles/{(article.ValueKind == JsonValueKind.Object ? Id(article) : "none")}", "/topics", "/wall",
            "/api/articles", "/api/articles?limit=500", "/api/articles?offset=5000&limit=50", "/api/articles?offset=90000&limit=50",
            "/api/actors", "/api/actors?limit=50&offset=100", $"/api/actors/{top}",
            "/api/statements", "/api/statements?limit=500", "/api/statements?offset=10000&limit=50", Deep, deepNext,
            $"/api/statements?actor={top}", $"/api/statements?q={word}", $"/api/statements?q={word}&limit=50&offset=500",
            $"/api/statements?q={word}&actor={second}", $"/api/statements?q={rare}",
            "/api/positions", $"/api/positions?topic={topic}", $"/api/positions?actor={top}&actor={second}&stance=supports",
            "/api/topics",
        ];
        var results = new List<object>();
        Console.WriteLine($"{"url",-64} {"n",4} {"p50",7} {"p95",7} {"p99",7} {"max",7} {"bytes",9}");
        var allFast = true;
        foreach (var url in urls)
        {
            long bytes = 0;
            for (var i = 0; i < 2; i++) bytes = (await http.GetByteArrayAsync(url)).Length; // warm-up
            // At most `requests` requests or 30 s per URL, so one slow URL cannot stall the whole table.
            var budget = Stopwatch.StartNew();
            var times = new List<double>(requests);
            for (var i = 0; i < requests && (i < 5 || budget.Elapsed < TimeSpan.FromSeconds(30)); i++)
            {
                var sw = Stopwatch.StartNew();
                using var response = await http.GetAsync(url);
                response.EnsureSuccessStatusCode();
                await response.Content.LoadIntoBufferAsync();
                times.Add(sw.Elapsed.TotalMilliseconds);
            }
            times.Sort();
            double P(double p) => times[Math.Min(times.Count - 1, (int)Math.Ceiling(p * times.Count) - 1)];
            allFast &= P(0.95) < 50;
            Console.WriteLine($"{url,-64} {times.Count,4} {P(0.5),7:F1} {P(0.95),7:F1} {P(0.99),7:F1} {times[^1],7:F1} {bytes,9:N0}{(P(0.95) < 50 ? "" : "  SLOW")}");
            results.Add(new { url, requests = times.Count, p50Ms = P(0.5), p95Ms = P(0.95), p99Ms = P(0.99), maxMs = times[^1], bytes });
        }
        var json = JsonSerializer.Serialize(new { requests, allP95Under50Ms = allFast, results });
        if (jsonPath is not null) await File.WriteAllTextAsync(jsonPath, json);
        Console.WriteLine(allFast ? "every URL: p95 < 50 ms" : "some URLs: p95 >= 50 ms");
        return 0;
    }

    /// <summary>A word that occurs in few statements (the longest word of a statement from the middle of the list):
    /// search is measured on a rare word too, where the matches are few and spread over the whole store.</summary>
    private static async Task<string> RareWordAsync(HttpClient http)
    {
        var middle = await http.GetFromJsonAsync<JsonElement[]>("/api/statements?limit=1&offset=500000") ?? [];
        var words = middle.SelectMany(s => s.GetProperty("text").GetString()!.Split(' '))
            .Select(w => new string(w.Where(char.IsLetter).ToArray()).ToLowerInvariant()).Where(w => w.Length >= 5);
        return words.OrderByDescending(w => w.Length).FirstOrDefault() ?? "quillfeather";
    }

    private static async Task<string?> NextLinkAsync(HttpClient http, string url)
    {
        using var response = await http.GetAsync(url);
        var link = response.Headers.TryGetValues("Link", out var values) ? values.FirstOrDefault() : null;
        return link is null ? null : link[(link.IndexOf('<') + 1)..link.IndexOf('>')];
    }

    /// <summary>A word that occurs in many statements (the first word of the newest statement's longest word):
    /// search is measured on a common word, not a rare one.</summary>
    private static async Task<string> CommonWordAsync(HttpClient http)
    {
        var latest = await http.GetFromJsonAsync<JsonElement[]>("/api/statements?limit=20") ?? [];
        var words = latest.SelectMany(s => s.GetProperty("text").GetString()!.Split(' '))
            .Select(w => new string(w.Where(char.IsLetter).ToArray()).ToLowerInvariant()).Where(w => w.Length >= 5);
        return words.GroupBy(w => w).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault() ?? "harbour";
    }
}
