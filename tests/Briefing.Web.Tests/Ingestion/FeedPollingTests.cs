using Briefing.Data.Inbox;
using Briefing.Data.Sources;
using Briefing.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Web.Tests.Ingestion;

/// <summary>Feeds served over real HTTP from fixture files, polled by the running app.</summary>
public sealed class FeedPollingTests : IAsyncLifetime
{
    private static readonly string[] FeedFiles = ["rss.xml", "atom.xml", "feed.json", "summary.xml", "conditional.xml", "flaky.xml", "broken.xml"];

    private FixtureFeedServer _server = null!;
    private BriefingAppFactory _app = null!;

    public async Task InitializeAsync()
    {
        _server = await FixtureFeedServer.StartAsync(flakyFailures: 1);
        // The fixture server is on loopback: only the allow-list lets the app fetch from it.
        _app = new BriefingAppFactory().With("Briefing:Fetch:AllowedHosts:0", new Uri(_server.BaseUrl).Authority);
        for (var i = 0; i < FeedFiles.Length; i++)
        {
            _app.With($"Briefing:Feeds:{i}:Url", _server.Url(FeedFiles[i]));
            _app.With($"Briefing:Feeds:{i}:IntervalSeconds", "1");
        }
        _ = _app.Services; // starts the host, and with it the feed poller
    }

    public async Task DisposeAsync()
    {
        _app.Dispose();
        await _server.DisposeAsync();
    }

    private FeedStore Feeds => _app.Services.GetRequiredService<FeedStore>();

    private FeedStatus Status(string file) => Feeds.List().Single(f => f.Url.EndsWith(file));

    /// <summary>Configured feeds are registered by the poller as it starts: until then a feed has no status yet.</summary>
    private FeedStatus? StatusIfKnown(string file) => Feeds.List().SingleOrDefault(f => f.Url.EndsWith(file));

    private IReadOnlyList<InboxItem> Inbox()
    {
        var inbox = _app.Services.GetRequiredService<InboxStore>();
        return [.. inbox.Pending(1000), .. DoneItems()];
    }

    private IEnumerable<InboxItem> DoneItems()
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_app.DatabasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, title, text, url, source FROM inbox WHERE status = 'done'";
        using var reader = command.ExecuteReader();
        var items = new List<InboxItem>();
        while (reader.Read())
            items.Add(new InboxItem(reader.GetString(0), "", reader.GetString(1), reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4), null, default, "feed", 0));
        return items;
    }

    private static async Task Eventually(Func<bool> condition, string what, int seconds = 20)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Timed out waiting for: {what}");
            await Task.Delay(100);
        }
    }

    private InboxItem? Article(string title) => Inbox().FirstOrDefault(i => i.Title == title);

    [Fact]
    public async Task Rss_atom_and_json_feed_items_arrive_as_clean_text_articles()
    {
        await Eventually(() => Article("Varga defends the Serin harbour deal") is not null
                               && Article("Solvik opens the new tram line") is not null
                               && Article("Talks on the Vesk river resume") is not null
                               && Article("Okoro questions grain subsidies") is not null, "the RSS, Atom and JSON Feed items");

        var rss = Article("Varga defends the Serin harbour deal")!;
        Assert.Contains("“The harbour stays open to every trading partner,” Varga told reporters", rss.Text);
        Assert.DoesNotContain("<p>", rss.Text);
        Assert.DoesNotContain("alert(", rss.Text);
        Assert.Equal("http://courier.example/harbour-deal", rss.Url);
        Assert.Equal("Veltria Courier", rss.Source);
        Assert.Contains("“This line belongs to the people who waited for it,” Solvik said", Article("Solvik opens the new tram line")!.Text);
        Assert.Contains("envoy Tomas Reyl of Maranth", Article("Talks on the Vesk river resume")!.Text);
        Assert.Equal(1, Status("rss.xml").ItemsSeen > 0 ? 1 : 0);
    }

    [Fact]
    public async Task A_summary_only_item_is_replaced_by_the_article_text_of_its_linked_page()
    {
        await Eventually(() => Article("Council votes on the bridge") is not null, "the summary-only item");

        var text = Article("Council votes on the bridge")!.Text;
        Assert.Contains("“The bridge is the spine of this city", text);
        Assert.Contains("Councillor Anders Brevik-Hale", text);
        Assert.DoesNotContain("Buy fictional umbrellas", text);
        Assert.DoesNotContain("tracking", text);
        Assert.DoesNotContain("Read more.", text);
    }

    [Fact]
    public async Task An_unchanged_feed_is_asked_conditionally_and_its_304_is_a_success()
    {
        await Eventually(() => _server.NotModifiedAnswers >= 2, "two 304 answers");

        var status = Status("conditional.xml");
        Assert.Equal("\"steady-v1\"", status.ETag);
        Assert.Null(status.LastError);
        Assert.NotNull(status.LastSuccessAt);
        Assert.Equal(1, status.ItemsSeen);
        Assert.Single(Inbox(), i => i.Title == "Archive reopens in Serin");
    }

    [Fact]
    public async Task A_feed_that_fails_shows_its_error_then_recovers_after_backing_off()
    {
        // The status as first seen with its error (on a busy machine the retry may already have succeeded by then).
        FeedStatus? failing = null;
        await Eventually(() => (failing = StatusIfKnown("flaky.xml")) is { LastError: not null }, "the flaky feed's first error");
        Assert.Contains("503", failing!.LastError);
        if (failing.ConsecutiveFailures == 1)
            Assert.True(failing.NextPollAt >= failing.LastErrorAt!.Value.AddSeconds(1.9), "the retry is scheduled beyond the 1 s interval");

        await Eventually(() => Article("Ferry service restored") is not null, "the flaky feed's item after recovery");
        var recovered = Status("flaky.xml");
        Assert.Equal(0, recovered.ConsecutiveFailures);
        Assert.True(recovered.LastSuccessAt > recovered.LastErrorAt);
        // What the site saw: the retry after the 503 came only after the backoff, not at the 1 s interval.
        var asked = _server.FlakyRequests.ToArray();
        Assert.True(asked.Length >= 2, $"the flaky feed was asked {asked.Length} times");
        Assert.True(asked[1] - asked[0] >= TimeSpan.FromSeconds(1.9), $"retried {(asked[1] - asked[0]).TotalSeconds:0.00} s after the failure");
    }

    [Fact]
    public async Task A_malformed_feed_shows_its_parse_error_and_the_other_feeds_are_unaffected()
    {
        await Eventually(() => StatusIfKnown("broken.xml")?.LastError is not null && Article("Varga defends the Serin harbour deal") is not null,
            "the broken feed's error and another feed's item");

        var broken = Status("broken.xml");
        Assert.StartsWith("malformed XML at line ", broken.LastError);
        Assert.Null(broken.LastSuccessAt);
        Assert.Null(Status("rss.xml").LastError);
    }

    [Fact]
    public void Backoff_doubles_per_failure_and_is_capped()
    {
        var minute = TimeSpan.FromMinutes(1);
        Assert.Equal(TimeSpan.FromMinutes(2), Feeds_Backoff(minute, 1));
        Assert.Equal(TimeSpan.FromMinutes(8), Feeds_Backoff(minute, 3));
        Assert.Equal(TimeSpan.FromHours(1), Feeds_Backoff(minute, 12));
    }

    private static TimeSpan Feeds_Backoff(TimeSpan interval, int failures) =>
        Briefing.Web.Ingestion.Feeds.FeedRefresher.Backoff(interval, failures);
}
