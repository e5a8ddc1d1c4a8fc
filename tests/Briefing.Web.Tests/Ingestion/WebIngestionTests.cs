using System.Net.Http.Json;
using System.Text.Json;
using Briefing.Data.Sources;
using Briefing.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Web.Tests.Ingestion;

/// <summary>The running app reading the web as it is: feeds in every charset and with every quirk, a summary-only
/// item whose page is full of furniture, a feed that turns into an HTML page, and a page dropped in the watched
/// folder — then what was stored and extracted.</summary>
public sealed class WebIngestionTests : IAsyncLifetime
{
    private static readonly string[] CharsetFeeds = Directory.GetFiles(FixtureFeedServer.TestdataPath("charsets"), "*.xml")
        .Select(Path.GetFileName).Order().ToArray()!;

    private static readonly string[] QuirkFeeds =
        ["html-entities.xml", "stray-ampersand.xml", "comment-before-declaration.xml", "rss091.xml", "atom03.xml", "jsonfeed11.json", "summary-furniture.xml"];

    private static readonly string[] Furniture =
        ["fight for every berth", "not be bullied", "No more tolls", "Trusted since", "Not this year", "tram will reach", "Ana Lind", "Image source"];

    private FixtureFeedServer _server = null!;
    private BriefingAppFactory _app = null!;
    private string _drop = "";

    public async Task InitializeAsync()
    {
        _server = await FixtureFeedServer.StartAsync();
        // The loopback fixture server is the only host the outbound-fetch policy lets through.
        _app = new BriefingAppFactory().With("Briefing:Fetch:AllowedHosts:0", new Uri(_server.BaseUrl).Authority);
        var urls = CharsetFeeds.Select(f => _server.TestdataUrl($"charsets/{f}",
                f.Contains(".http.") ? $"application/rss+xml; charset={Label(f)}" : "application/rss+xml"))
            .Concat(QuirkFeeds.Select(f => _server.TestdataUrl($"feeds/{f}", "application/xml")))
            .Append(_server.Url("turns-bad.xml"))
            .ToList();
        for (var i = 0; i < urls.Count; i++)
            _app.With($"Briefing:Feeds:{i}:Url", urls[i]).With($"Briefing:Feeds:{i}:IntervalSeconds", "1");
        _drop = Path.Combine(_app.Folder, "drop");
        _app.With("Briefing:InboxPath", _drop).With("Briefing:FolderScanMilliseconds", "100");
        _ = _app.Services;
    }

    public async Task DisposeAsync()
    {
        _app.Dispose();
        await _server.DisposeAsync();
    }

    private static string Label(string file) => JsonDocument.Parse(File.ReadAllText(FixtureFeedServer.TestdataPath("charsets/expected.json")))
        .RootElement.GetProperty(Path.GetFileNameWithoutExtension(file)).GetProperty("label").GetString()!;

    private static IEnumerable<string> ExpectedTitles() =>
        JsonDocument.Parse(File.ReadAllText(FixtureFeedServer.TestdataPath("charsets/expected.json"))).RootElement.EnumerateObject()
            .Select(p => p.Value.GetProperty("title").GetString()!).Distinct();

    private List<(string Title, string Text)> Articles()
    {
        using var connection = new SqliteConnection($"Data Source={_app.DatabasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT title, text FROM articles";
        using var reader = command.ExecuteReader();
        var rows = new List<(string, string)>();
        while (reader.Read()) rows.Add((reader.GetString(0), reader.GetString(1)));
        return rows;
    }

    private FeedStatus Status(string urlEnd) => Listed(urlEnd) ?? throw new InvalidOperationException($"no feed ending {urlEnd} is listed");

    // Null until the app has registered the feed (it does so as it starts, beside the test).
    private FeedStatus? Listed(string urlEnd) => _app.Services.GetRequiredService<FeedStore>().List().SingleOrDefault(f => f.Url.Contains(urlEnd));

    private static async Task Eventually(Func<bool> condition, Func<string> what, int seconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Timed out waiting for: {what()}");
            await Task.Delay(200);
        }
    }

    [Fact]
    public async Task Every_charset_and_quirk_arrives_clean_and_no_furniture_is_quoted()
    {
        File.Copy(FixtureFeedServer.TestdataPath("pages/news-with-furniture.html"), Path.Combine(Directory.CreateDirectory(_drop).FullName, "varga.html"));
        var wanted = ExpectedTitles().Concat(["Varga’s café visit — a détente", "Ports & harbours: Okoro's R&D plan", "Solvik opens the archive",
            "Okoro déclare the session open", "Budget vote delayed", "Okoro <wins> a vote", "Varga says the Serin port will stay open"]).ToList();
        await Eventually(() => wanted.All(t => Articles().Any(a => a.Title == t)),
            () => "articles " + string.Join(", ", wanted.Where(t => Articles().All(a => a.Title != t))));

        var articles = Articles();
        Assert.DoesNotContain(articles, a => (a.Title + a.Text).Contains('\uFFFD'));
        Assert.DoesNotContain(articles, a => Furniture.Any(f => a.Text.Contains(f)));
        // The linked page and the dropped copy of it are the same article text: one article, titled with the headline.
        var page = Assert.Single(articles, a => a.Text.Contains("The harbour is not for sale"));
        Assert.Equal("Varga says the Serin port will stay open", page.Title);

        var statements = await _app.CreateClient().GetFromJsonAsync<JsonElement>("/api/statements?limit=500");
        Assert.NotEmpty(statements.EnumerateArray());
        foreach (var statement in statements.EnumerateArray())
        {
            var text = statement.GetProperty("text").GetString()!;
            Assert.DoesNotContain(Furniture, f => text.Contains(f));
            if (statement.GetProperty("speaker") is { ValueKind: JsonValueKind.Object } speaker)
                Assert.DoesNotContain("Courier", speaker.GetProperty("name").GetString());
        }
        Assert.Contains(statements.EnumerateArray(), s => s.GetProperty("text").GetString()!.Contains("The harbour is not for sale"));
    }

    [Fact]
    public async Task A_feed_that_turns_into_an_html_page_says_so_on_sources_and_keeps_its_last_good_fetch()
    {
        await Eventually(() => Listed("turns-bad.xml")?.LastError is not null, () => "the feed's error");

        var status = Status("turns-bad.xml");
        Assert.Equal("not a feed: HTML page", status.LastError);
        Assert.NotNull(status.LastSuccessAt);
        Assert.Equal(1, status.ItemsSeen);
        Assert.Contains(Articles(), a => a.Title == "Varga’s café visit — a détente");
        Assert.Null(Status("rss091.xml").LastError);

        var sources = await _app.CreateClient().GetStringAsync("/sources");
        Assert.Contains("not a feed: HTML page", sources);
    }
}
