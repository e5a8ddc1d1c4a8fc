using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Briefing.Data.Inbox;
using Briefing.Data.Sources;
using Briefing.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Web.Tests.Security;

/// <summary>Finding 3 (Medium): one article stalled the pipeline, and feed items bypassed MaxArticleBytes.</summary>
public sealed class BoundedWorkTests
{
    private static string Repetitive(int chars)
    {
        var builder = new StringBuilder();
        string[] words = ["He said ", "she said ", "they said "];
        for (var i = 0; builder.Length < chars; i++) builder.Append(words[i % 3]);
        return builder.ToString();
    }

    private static async Task<string> PostAsync(HttpClient writer, object article)
    {
        var response = await writer.PostAsJsonAsync("/api/articles", article);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task An_article_over_its_time_budget_is_parked_with_the_reason_and_the_next_one_goes_through()
    {
        using var app = new BriefingAppFactory()
            .With("Briefing:ArticleTimeBudgetSeconds", "1")
            .With("Briefing:MaxArticleBytes", "6000000");
        var writer = app.WriterClient();
        await app.IngestAsync(writer, FictionalArticles.Harbour("warm-up"));   // JIT and lexicons, outside the test

        // Seconds of work even with linear extraction: well over the budget.
        var slow = await PostAsync(writer, new { title = "Loop", text = Repetitive(5_000_000) });
        var normal = await PostAsync(writer, FictionalArticles.Harbour("after-the-loop"));

        await BriefingAppFactory.WaitForArticleAsync(writer, normal);
        var inbox = app.Services.GetRequiredService<InboxStore>();
        await OutboundFetchTests.Eventually(() => inbox.Failed().Any(f => f.Id == slow), "the slow article parked");
        Assert.Contains("budget", inbox.Failed().Single(f => f.Id == slow).Error);
    }

    [Fact]
    public async Task A_normal_article_posted_right_after_a_400_KB_pathological_one_appears_within_seconds()
    {
        using var app = new BriefingAppFactory();
        var writer = app.WriterClient();
        await app.IngestAsync(writer, FictionalArticles.Harbour("warm-up"));

        await PostAsync(writer, new { title = "Loop", text = Repetitive(400_000) });
        await Task.Delay(1000);   // "right after": the pathological one is already in the pipeline
        var clock = Stopwatch.StartNew();
        var normal = await PostAsync(writer, FictionalArticles.Harbour("right-after"));
        await BriefingAppFactory.WaitForArticleAsync(writer, normal);

        // The bar is 5 s on an idle machine; before the fix it was over a minute. Generous for a loaded CI box.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(12), $"appeared after {clock.Elapsed.TotalSeconds:F1} s");
    }

    [Fact]
    public async Task A_feed_item_over_the_size_limit_is_not_stored_and_the_rest_of_the_feed_is()
    {
        var huge = new string('x', 10) + string.Concat(Enumerable.Repeat("Varga said the harbour stays open. ", 60_000)); // ~2 MB
        await using var feedHost = await LoopbackServer.StartAsync((web, _) => web.MapGet("/feed.xml", () => Results.Text(
            $"""
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>Wire</title>
            <item><title>Huge</title><guid>huge</guid><description>{huge}</description></item>
            <item><title>Small</title><guid>small</guid><description>Veltrian Foreign Minister Aldo Varga said the port talks would continue on Friday.</description></item>
            </channel></rss>
            """, "application/rss+xml")));
        using var app = new BriefingAppFactory()
            .With("Briefing:Fetch:AllowedHosts:0", feedHost.Authority)
            .With("Briefing:Feeds:0:Url", feedHost.Url("/feed.xml"))
            .With("Briefing:Feeds:0:IntervalSeconds", "1");
        var feeds = app.Services.GetRequiredService<FeedStore>();

        await OutboundFetchTests.Eventually(() => feeds.List().SingleOrDefault()?.ItemsSeen == 2, "both items taken from the feed");

        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={app.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT title FROM inbox";
        var titles = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync()) titles.Add(reader.GetString(0));
        Assert.Equal(["Small"], titles);
    }
}
