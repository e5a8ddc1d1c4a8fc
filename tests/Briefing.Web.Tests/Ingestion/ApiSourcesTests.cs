using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Briefing.Data.Sources;
using Briefing.Testing;
using Briefing.Web.Ingestion;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Briefing.Web.Tests.Ingestion;

/// <summary>The HTTP API as a source: batches, backpressure, named and revocable keys, per-key rate limits,
/// and wire copies linked as "also carried by".</summary>
public sealed class ApiSourcesTests : IDisposable
{
    private readonly BriefingAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    private static object Article(int n) => new { title = $"Item {n}", text = $"Minister Aldo Varga of Veltria spoke about item {n}.", source = "Test Wire" };

    /// <summary>A long fictional wire story; <paramref name="variant"/> changes a few words, as outlets do.</summary>
    private static string WireStory(string variant = "on Tuesday") =>
        $"Veltrian Foreign Minister Aldo Varga said {variant} that the talks over the Serin harbour would continue through the winter, " +
        "despite objections from the port workers' union and several members of the coalition. " +
        "“We will not close the harbour to any trading partner while the negotiations are open,” Varga told reporters in the capital. " +
        "The union has threatened a strike if the agreement allows foreign operators to run the container terminal, " +
        "and its leaders said they would meet again next week to decide on a date. " +
        "Officials in Maranth, the other party to the talks, declined to comment on the timetable but said the delegation would return in March.";

    [Fact]
    public async Task A_batch_answers_one_result_per_item_in_order_with_ids_duplicates_and_errors()
    {
        var writer = _app.WriterClient();
        var response = await writer.PostAsJsonAsync("/api/articles/batch", new object[]
        {
            Article(1), Article(2), new { title = "No text" }, Article(1), Article(3),
        });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var results = (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToList();
        Assert.Equal([0, 1, 2, 3, 4], results.Select(r => r.GetProperty("index").GetInt32()));
        Assert.False(results[0].GetProperty("duplicate").GetBoolean());
        Assert.Contains("\"text\" is required", results[2].GetProperty("error").GetString());
        Assert.True(results[3].GetProperty("duplicate").GetBoolean());
        Assert.Equal(results[0].GetProperty("id").GetString(), results[3].GetProperty("id").GetString());
        await BriefingAppFactory.WaitForArticleAsync(writer, results[4].GetProperty("id").GetString()!);
    }

    [Fact]
    public async Task A_batch_over_the_configured_count_is_413_and_a_non_array_is_400()
    {
        _app.With("Briefing:MaxBatchArticles", "3");
        var writer = _app.WriterClient();

        var tooMany = await writer.PostAsJsonAsync("/api/articles/batch", Enumerable.Range(0, 4).Select(Article).ToArray());
        var notArray = await writer.PostAsJsonAsync("/api/articles/batch", Article(1));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooMany.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, notArray.StatusCode);
        Assert.Equal("application/problem+json", notArray.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task When_extraction_falls_behind_the_inbox_fills_to_its_bound_then_answers_503_with_retry_after()
    {
        using var stalled = _app.With("Briefing:MaxPendingArticles", "3").WithWebHostBuilder(builder =>
            builder.ConfigureServices(services =>
            {
                // No pipeline: nothing leaves the inbox, as when extraction is far behind.
                var worker = services.Single(s => s.ServiceType == typeof(IHostedService) && s.ImplementationType == typeof(InboxWorker));
                services.Remove(worker);
            }));
        var writer = stalled.CreateClient();
        writer.DefaultRequestHeaders.Add("X-Api-Key", BriefingAppFactory.ApiKey);

        var statuses = new List<HttpStatusCode>();
        for (var n = 0; n < 5; n++) statuses.Add((await writer.PostAsJsonAsync("/api/articles", Article(n))).StatusCode);
        var full = await writer.PostAsJsonAsync("/api/articles", Article(99));
        var repeat = await writer.PostAsJsonAsync("/api/articles", Article(0));

        Assert.Equal([HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable], statuses);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, full.StatusCode);
        Assert.True(full.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal("application/problem+json", full.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Accepted, repeat.StatusCode); // a duplicate costs nothing, so it is still answered
    }

    [Fact]
    public async Task Each_key_has_its_own_rate_limit_and_over_it_is_429_with_retry_after()
    {
        _app.With("Briefing:ApiRequestsPerSecond", "3");
        var second = _app.Services.GetRequiredService<ApiKeyStore>().Add("second-desk")!;
        var first = _app.WriterClient();
        var other = _app.CreateClient();
        other.DefaultRequestHeaders.Add("X-Api-Key", second);

        var burst = new List<HttpResponseMessage>();
        for (var n = 0; n < 6; n++) burst.Add(await first.PostAsJsonAsync("/api/articles", Article(n)));
        var fromOtherKey = await other.PostAsJsonAsync("/api/articles", Article(100));

        var limited = burst.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.NotEmpty(limited);
        Assert.True(limited[0].Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        Assert.Equal("application/problem+json", limited[0].Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Accepted, fromOtherKey.StatusCode);
    }

    [Fact]
    public async Task A_named_key_from_the_database_writes_until_it_is_revoked_and_configured_keys_keep_working()
    {
        var store = _app.Services.GetRequiredService<ApiKeyStore>();
        var key = store.Add("night-desk")!;
        var client = _app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);

        Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsJsonAsync("/api/articles", Article(1))).StatusCode);
        Assert.Null(store.Add("night-desk")); // names are unique
        Assert.True(store.Revoke("night-desk"));

        var deadline = DateTime.UtcNow.AddSeconds(10);
        HttpStatusCode status;
        while ((status = (await client.PostAsJsonAsync("/api/articles", Article(2))).StatusCode) != HttpStatusCode.Unauthorized
               && DateTime.UtcNow < deadline) await Task.Delay(200);
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal(HttpStatusCode.Accepted, (await _app.WriterClient().PostAsJsonAsync("/api/articles", Article(3))).StatusCode);
        Assert.NotNull(store.List().Single().RevokedAt);
    }

    [Fact]
    public void The_keys_verb_adds_prints_once_lists_and_revokes()
    {
        var store = _app.Services.GetRequiredService<ApiKeyStore>();
        var output = new StringWriter();

        Assert.Equal(0, Briefing.Web.Api.KeysCommand.Run(store, ["add", "wire-desk"], output));
        var key = output.ToString().Trim();
        Assert.StartsWith("bk_", key);
        Assert.Equal(1, Briefing.Web.Api.KeysCommand.Run(store, ["add", "bad name!"], new StringWriter()));
        Assert.Equal(0, Briefing.Web.Api.KeysCommand.Run(store, ["revoke", "wire-desk"], new StringWriter()));
        var list = new StringWriter();
        Briefing.Web.Api.KeysCommand.Run(store, ["list"], list);
        Assert.Contains("wire-desk", list.ToString());
        Assert.Contains("revoked", list.ToString());
        Assert.DoesNotContain(key, list.ToString());
    }

    [Fact]
    public async Task A_wire_copy_from_another_outlet_is_linked_to_the_first_as_also_carried_by()
    {
        var writer = _app.WriterClient();
        var first = await (await writer.PostAsJsonAsync("/api/articles",
            new { title = "Varga: harbour stays open", text = WireStory(), source = "Veltria Courier", url = "http://courier.example/a" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var copy = await (await writer.PostAsJsonAsync("/api/articles",
            new { title = "Harbour talks to go on, says Varga", text = WireStory("late on Tuesday"), source = "Dunmere Gazette", url = "http://gazette.example/b" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var unrelated = await (await writer.PostAsJsonAsync("/api/articles",
            new { title = "Other", text = string.Join(' ', Enumerable.Range(0, 80).Select(i => $"word{i}")), source = "Elsewhere" }))
            .Content.ReadFromJsonAsync<JsonElement>();

        var id = first.GetProperty("id").GetString()!;
        Assert.Equal(id, copy.GetProperty("id").GetString());
        Assert.True(copy.GetProperty("duplicate").GetBoolean());
        Assert.NotEqual(id, unrelated.GetProperty("id").GetString());

        await BriefingAppFactory.WaitForArticleAsync(writer, id);
        var article = await writer.GetFromJsonAsync<JsonElement>($"/api/articles/{id}");
        var carried = Assert.Single(article.GetProperty("alsoCarriedBy").EnumerateArray());
        Assert.Equal("Dunmere Gazette", carried.GetProperty("source").GetString());
        Assert.Equal("http://gazette.example/b", carried.GetProperty("url").GetString());
        Assert.Equal("Harbour talks to go on, says Varga", carried.GetProperty("title").GetString());
    }
}
