using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Briefing.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Web.Tests.Operations;

/// <summary>/healthz, /readyz, the OpenAPI document and the Prometheus scrape, over the real app and SQLite file.</summary>
public sealed class OperationsTests
{
    [Fact]
    public async Task Healthz_says_live_and_readyz_reports_store_inbox_and_feed_poller()
    {
        using var app = new BriefingAppFactory();
        var client = app.CreateClient();

        var live = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("Healthy", (await live.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());

        var ready = await client.GetFromJsonAsync<JsonElement>("/readyz");
        Assert.Equal("Healthy", ready.GetProperty("status").GetString());
        var checks = ready.GetProperty("checks");
        foreach (var name in new[] { "store", "inbox", "feed-poller" })
            Assert.Equal("Healthy", checks.GetProperty(name).GetProperty("status").GetString());
        Assert.Equal(0, checks.GetProperty("inbox").GetProperty("data").GetProperty("pending").GetInt32());
    }

    [Fact]
    public async Task Readyz_answers_503_when_the_inbox_has_no_room()
    {
        using var app = new BriefingAppFactory().With("Briefing:MaxPendingArticles", "0");
        var response = await app.CreateClient().GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Unhealthy", body.GetProperty("checks").GetProperty("inbox").GetProperty("status").GetString());
        Assert.Equal("Healthy", body.GetProperty("checks").GetProperty("store").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Readyz_fails_when_the_store_cannot_be_read()
    {
        using var app = new BriefingAppFactory();
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
        // The store's folder goes away (a lost mount): no new connection can open the file.
        var folder = Path.GetDirectoryName(app.DatabasePath)!;
        Directory.Move(folder, folder + "-gone");
        try
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            var response = await client.GetAsync("/readyz");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("Unhealthy", body.GetProperty("checks").GetProperty("store").GetProperty("status").GetString());
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Move(folder + "-gone", folder);
        }
    }

    [Fact]
    public async Task The_openapi_document_lists_every_api_endpoint_with_its_problem_answers_and_the_key_scheme()
    {
        using var app = new BriefingAppFactory();
        var client = app.CreateClient();
        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey");
        Assert.Equal("apiKey", scheme.GetProperty("type").GetString());
        Assert.Equal("X-Api-Key", scheme.GetProperty("name").GetString());
        Assert.Equal("header", scheme.GetProperty("in").GetString());

        // Every endpoint the app actually routes under /api, method by method, is in the document.
        var routed = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api"))
            .SelectMany(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()!.HttpMethods
                .Select(m => (Path: DocumentPath(e.RoutePattern.RawText!), Method: m.ToLowerInvariant())))
            .ToList();
        Assert.True(routed.Count >= 15, $"only {routed.Count} API endpoints routed");
        var paths = document.GetProperty("paths");
        foreach (var (path, method) in routed)
        {
            Assert.True(paths.TryGetProperty(path, out var item), $"{path} missing");
            Assert.True(item.TryGetProperty(method, out var operation), $"{method} {path} missing");
            var responses = operation.GetProperty("responses");
            Assert.True(responses.TryGetProperty("400", out var bad), $"{method} {path} has no 400");
            Assert.True(bad.GetProperty("content").TryGetProperty("application/problem+json", out _));
            var secured = operation.TryGetProperty("security", out var security) && security.GetRawText().Contains("ApiKey");
            Assert.Equal(method != "get", secured);
            if (method != "get") Assert.True(responses.TryGetProperty("401", out _), $"{method} {path} has no 401");
            if (path.Contains('{')) Assert.True(responses.TryGetProperty("404", out _), $"{method} {path} has no 404");
        }
        var body = paths.GetProperty("/api/articles").GetProperty("post").GetProperty("requestBody").GetProperty("content").GetProperty("application/json");
        Assert.Contains("\"publishedAt\"", body.GetRawText());
        var post = paths.GetProperty("/api/articles").GetProperty("post").GetProperty("responses");
        foreach (var status in new[] { "413", "415", "429", "503" }) Assert.True(post.TryGetProperty(status, out _), $"POST /api/articles has no {status}");

        var reference = await client.GetAsync("/scalar/v1");
        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
        Assert.Contains("text/html", reference.Content.Headers.ContentType!.ToString());
    }

    [Fact]
    public async Task Prometheus_scrape_shows_ingest_extraction_push_and_inbox_metrics()
    {
        using var app = new BriefingAppFactory().With("Briefing:Telemetry:Prometheus", "true");
        var writer = app.WriterClient();
        await app.IngestAsync(writer, FictionalArticles.Harbour("metrics"));

        // The exporter caches a scrape briefly; ask until the article shows.
        string text = "";
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            text = await writer.GetStringAsync("/metrics");
            if (System.Text.RegularExpressions.Regex.IsMatch(text, @"briefing_articles_ingested_total\{[^}]*\} [1-9]")) break;
            await Task.Delay(200);
        }
        Assert.Matches(@"briefing_articles_ingested_total\{[^}]*\} [1-9]", text);
        Assert.Matches(@"briefing_extraction_duration_milliseconds_count\{[^}]*\} [1-9]", text);
        Assert.Matches(@"briefing_push_latency_milliseconds_count\{[^}]*\} [1-9]", text);
        Assert.Matches(@"briefing_pipeline_allocated_bytes_total\{[^}]*stage=""extract""[^}]*\} [1-9]", text);
        Assert.Matches(@"briefing_inbox_depth\{[^}]*status=""pending""[^}]*\} 0", text);
    }

    [Fact]
    public async Task Metrics_are_not_served_unless_asked_for()
    {
        using var app = new BriefingAppFactory();
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync("/metrics")).StatusCode);
    }

    /// <summary>A route as the OpenAPI document names it: no trailing slash, no route constraints ("{id:long}" → "{id}").</summary>
    private static string DocumentPath(string route) =>
        "/" + System.Text.RegularExpressions.Regex.Replace(route.Trim('/'), @"\{(\w+):[^}]+\}", "{$1}");
}
