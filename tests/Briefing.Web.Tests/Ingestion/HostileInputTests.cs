using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Briefing.Testing;

namespace Briefing.Web.Tests.Ingestion;

/// <summary>Over a thousand malformed or hostile requests against real Kestrel: every answer is a 2xx or 4xx, never a
/// 5xx, and the server still ingests a normal article afterwards.</summary>
public sealed class HostileInputTests : IDisposable
{
    private const int Requests = 1_200;
    private readonly BriefingAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task A_thousand_hostile_requests_get_only_2xx_or_4xx_and_the_server_stays_healthy()
    {
        _app.With("Briefing:ApiRequestsPerSecond", "100000");
        var baseUrl = _app.StartOnLoopback();
        using var client = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(30) };
        var random = new Random(1234);
        var requests = Enumerable.Range(0, Requests).Select(n => Hostile(random, n)).ToList();

        var statuses = new System.Collections.Concurrent.ConcurrentBag<(int Status, string Kind)>();
        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (request, ct) =>
        {
            using var message = request.Build();
            using var response = await client.SendAsync(message, ct);
            statuses.Add(((int)response.StatusCode, request.Kind));
        });

        var serverErrors = statuses.Where(s => s.Status >= 500).Select(s => $"{s.Kind}: {s.Status}").Distinct().ToList();
        Assert.Empty(serverErrors);
        Assert.Equal(Requests, statuses.Count);
        Assert.All(statuses, s => Assert.InRange(s.Status, 200, 499));
        Assert.Contains(statuses, s => s.Status == 400);
        Assert.Contains(statuses, s => s.Status == 413);
        Assert.Contains(statuses, s => s.Status == 415);
        Assert.Contains(statuses, s => s.Status == 401);

        var writer = new HttpClient { BaseAddress = baseUrl };
        writer.DefaultRequestHeaders.Add("X-Api-Key", BriefingAppFactory.ApiKey);
        var id = await _app.IngestAsync(writer, FictionalArticles.Harbour("after the storm"));
        Assert.False(string.IsNullOrEmpty(id));
    }

    private sealed record HostileRequest(string Kind, HttpMethod Method, string Path, byte[]? Body, string? ContentType,
        bool WithKey = true, (string Name, string Value)? Header = null)
    {
        public HttpRequestMessage Build()
        {
            var message = new HttpRequestMessage(Method, Path);
            if (WithKey) message.Headers.TryAddWithoutValidation("X-Api-Key", BriefingAppFactory.ApiKey);
            if (Header is { } header) message.Headers.TryAddWithoutValidation(header.Name, header.Value);
            if (Body is not null)
            {
                message.Content = new ByteArrayContent(Body);
                if (ContentType is not null) message.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            }
            return message;
        }
    }

    private static HostileRequest Hostile(Random random, int n)
    {
        var path = random.Next(4) == 0 ? "/api/articles/batch" : "/api/articles";
        const string json = "application/json";
        byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);
        string Wrap(string item) => path.EndsWith("batch") ? $"[{item}]" : item;
        return (n % 20) switch
        {
            0 => new("broken JSON", HttpMethod.Post, path, Utf8(Wrap("{\"title\": \"x\", \"text\": ")[..^random.Next(1, 5)]), json),
            1 => new("wrong types", HttpMethod.Post, path, Utf8(Wrap(random.Next(3) switch
            {
                0 => "{\"text\": 42}",
                1 => "{\"text\": [\"a\"], \"title\": {}}",
                _ => "{\"text\": \"ok\", \"publishedAt\": \"yesterday-ish\"}",
            })), json),
            2 => new("huge field", HttpMethod.Post, path, Utf8(Wrap($"{{\"text\": \"{new string('a', 1_100_000 + random.Next(1000))}\"}}")), json),
            3 => new("huge title", HttpMethod.Post, path, Utf8(Wrap($"{{\"text\": \"t{n}\", \"title\": \"{new string('T', 5000)}\"}}")), json),
            4 => new("invalid UTF-8", HttpMethod.Post, path, [.. Utf8("{\"text\": \""), 0xC3, 0x28, 0xFF, 0xFE, (byte)(n % 256), .. Utf8("\"}")], json),
            5 => new("deep nesting", HttpMethod.Post, path, Utf8(new string('[', 5000 + n) + new string(']', 5000 + n)), json),
            6 => new("deep object", HttpMethod.Post, path, Utf8(string.Concat(Enumerable.Repeat("{\"text\":", 300)) + "\"x\"" + new string('}', 300)), json),
            7 => new("control characters", HttpMethod.Post, path, Utf8(Wrap($"{{\"title\": \"a\\u0000b\\u001f{n}\", \"text\": \"nul \\u0000 bell \\u0007 esc \\u001b {n}\"}}")), json),
            8 => new("raw control characters", HttpMethod.Post, path, Utf8(Wrap($"{{\"text\": \"tab\there\u0001{n}\"}}")), json),
            9 => new("script tags", HttpMethod.Post, path, Utf8(Wrap($"{{\"title\": \"<script>alert({n})</script>\", \"text\": \"<img src=x onerror=alert({n})> <script>document.cookie</script> said Varga {n}\", \"source\": \"<b>x</b>\"}}")), json),
            10 => new("wrong content type", HttpMethod.Post, path, Utf8("title=x&text=y"), random.Next(2) == 0 ? "application/x-www-form-urlencoded" : "text/plain"),
            11 => new("multipart", HttpMethod.Post, path, Utf8("--b\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nx\r\n--b--"), "multipart/form-data; boundary=b"),
            12 => new("huge header", HttpMethod.Post, path, Utf8(Wrap($"{{\"text\": \"header {n}\"}}")), json, Header: ("X-Padding", new string('h', 40_000 + random.Next(20_000)))),
            13 => new("no key", HttpMethod.Post, path, Utf8(Wrap($"{{\"text\": \"nokey {n}\"}}")), json, WithKey: false),
            14 => new("wrong key", HttpMethod.Post, path, Utf8(Wrap($"{{\"text\": \"x\"}}")), json, WithKey: false, Header: ("X-Api-Key", new string('k', random.Next(1, 5000)))),
            15 => new("bad url", HttpMethod.Post, path, Utf8(Wrap($"{{\"text\": \"u {n}\", \"url\": \"javascript:alert({n})\"}}")), json),
            16 => new("not an object", HttpMethod.Post, path, Utf8(random.Next(3) switch { 0 => "null", 1 => "\"just a string\"", _ => "[1, 2, 3]" }), json),
            17 => new("empty body", HttpMethod.Post, path, [], json),
            18 => new("odd path", HttpMethod.Get, $"/api/articles/{Uri.EscapeDataString(new string((char)random.Next(1, 0xD7FF), random.Next(1, 3000)))}", null, null),
            _ => new("valid but odd", HttpMethod.Post, path, Utf8(Wrap($"{{\"text\": \"Ünïcødé ✓ 🚢 {n} \\ud83d\\udea2 lone \\ud800 surrogate\", \"title\": \"\\udfff\", \"unknownField\": [1, {{}}]}}")), json),
        };
    }
}
