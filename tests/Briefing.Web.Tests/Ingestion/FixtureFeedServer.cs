using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Briefing.Web.Tests.Support;

namespace Briefing.Web.Tests.Ingestion;

/// <summary>A real HTTP server on a free loopback port serving the fixture feeds, with the behaviours feeds have
/// in the wild: conditional GET (ETag → 304), a feed that fails before it recovers, a malformed one.</summary>
public sealed class FixtureFeedServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _flakyFailuresLeft;
    private int _turnsBadRequests;

    public ConcurrentDictionary<string, int> Requests { get; } = new();
    public int NotModifiedAnswers;

    /// <summary>When the flaky feed was asked, in order: the gap after a failure is the poller's backoff as the site saw it.</summary>
    public ConcurrentQueue<DateTimeOffset> FlakyRequests { get; } = new();

    private FixtureFeedServer(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    public string Url(string path) => $"{BaseUrl}/{path}";

    public static async Task<FixtureFeedServer> StartAsync(int flakyFailures = 1)
    {
        var app = LoopbackApp.CreateBuilder().Build();
        var server = new FixtureFeedServer(app) { _flakyFailuresLeft = flakyFailures };
        app.Use(async (context, next) =>
        {
            server.Requests.AddOrUpdate(context.Request.Path.Value!.TrimStart('/'), 1, (_, n) => n + 1);
            await next();
        });
        app.MapGet("/conditional.xml", (HttpContext http) =>
        {
            const string etag = "\"steady-v1\"";
            if (http.Request.Headers.IfNoneMatch.ToString() == etag)
            {
                Interlocked.Increment(ref server.NotModifiedAnswers);
                return Results.StatusCode(StatusCodes.Status304NotModified);
            }
            http.Response.Headers.ETag = etag;
            return Results.Text(Fixture("conditional.xml"), "application/rss+xml");
        });
        app.MapGet("/flaky.xml", () =>
        {
            server.FlakyRequests.Enqueue(DateTimeOffset.UtcNow);
            return Interlocked.Decrement(ref server._flakyFailuresLeft) >= 0
                ? Results.StatusCode(StatusCodes.Status503ServiceUnavailable)
                : Results.Text(Fixture("flaky.xml"), "application/rss+xml");
        });
        app.MapGet("/summary.xml", () => Results.Text(Fixture("summary.xml").Replace("{{BASE}}", server.BaseUrl), "application/rss+xml"));
        app.MapGet("/pages/{name}", (string name) => Results.Text(Fixture(Path.Combine("pages", name)), "text/html"));
        // A feed that is good once, then the site replaces it with its HTML home page.
        app.MapGet("/turns-bad.xml", () => Interlocked.Increment(ref server._turnsBadRequests) == 1
            ? Results.Bytes(File.ReadAllBytes(TestdataPath("feeds/html-entities.xml")), "application/rss+xml")
            : Results.Bytes(File.ReadAllBytes(TestdataPath("feeds/html-page.xml")), "text/html"));
        // Raw bytes from testdata/, served with exactly the Content-Type the test asks for (?type=…), charset or not.
        app.MapGet("/testdata/{**path}", (string path, string? type) => File.Exists(TestdataPath(path))
            ? Results.Bytes(File.ReadAllBytes(TestdataPath(path)), type ?? "application/octet-stream")
            : Results.NotFound());
        app.MapGet("/{name}", (string name) => File.Exists(FixturePath(name))
            ? Results.Text(Fixture(name), name.EndsWith(".json") ? "application/feed+json" : "application/xml")
            : Results.NotFound());
        server.BaseUrl = await LoopbackApp.StartAsync(app);
        return server;
    }

    public static string FixturePath(string name) => Path.Combine(AppContext.BaseDirectory, "Ingestion", "Fixtures", name);

    public static string TestdataPath(string path) => Path.Combine(AppContext.BaseDirectory, "Ingestion", "testdata", path);

    public string TestdataUrl(string path, string contentType) => $"{BaseUrl}/testdata/{path}?type={Uri.EscapeDataString(contentType)}";

    private static string Fixture(string name) => File.ReadAllText(FixturePath(name));

    /// <summary>A plain HttpClient for tests that drive the fetcher without the app (and its outbound policy).</summary>
    public sealed class PlainClients : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new() { Timeout = TimeSpan.FromSeconds(30) };
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
