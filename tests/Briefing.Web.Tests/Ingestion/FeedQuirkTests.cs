using Briefing.Web.Ingestion.Feeds;
using Briefing.Web.Ingestion.Feeds.Parsing;

namespace Briefing.Web.Tests.Ingestion;

/// <summary>Feeds as they are found on the web (testdata/feeds/), fetched over loopback HTTP and parsed: every
/// version of RSS and Atom, JSON Feed, and the quirks that strict XML parsers reject.</summary>
public sealed class FeedQuirkTests : IAsyncLifetime
{
    private FixtureFeedServer _server = null!;
    private readonly FeedFetcher _fetcher = new(new FixtureFeedServer.PlainClients());

    public async Task InitializeAsync() => _server = await FixtureFeedServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private async Task<(string? Title, IReadOnlyList<FeedEntry> Entries)> FetchAndParse(string file, string type = "application/xml")
    {
        var url = _server.TestdataUrl($"feeds/{file}", type);
        var fetched = await _fetcher.FetchFeedAsync(url, null, null, CancellationToken.None);
        return FeedParser.Parse(fetched.Body!, url);
    }

    [Theory]
    [InlineData("html-entities.xml", "Veltria Courier", "Varga’s café visit — a détente", "Foreign Minister Aldo Varga visited a café in Serin. “We will keep talking,” Varga said. ©…")]
    [InlineData("stray-ampersand.xml", "Serin Trade & Port News", "Ports & harbours: Okoro's R&D plan", "R&D budget for ports & harbours would double. \"Trade & jobs come first,\" Okoro said. A & B; &unknownentity; stays.")]
    [InlineData("comment-before-declaration.xml", "Comment First", "Solvik opens the archive", "Mayor Petra Solvik opened the city archive on Monday.")]
    [InlineData("bom-and-whitespace.xml", "Whitespace First", "Reyl returns to Maranth", "Envoy Tomas Reyl returned to Maranth on Friday.")]
    [InlineData("rss091.xml", "Maranth Gazette", "Okoro déclare the session open", "Senator Lina Okoro opened the session of the Maranth chamber.")]
    [InlineData("rss10.rdf", "Vesk Valley Review", "Dam inspection finds cracks", "Engineer Mira Tollan said the cracks were “small but real”.")]
    [InlineData("atom03.xml", "Serin Ledger", "Budget vote delayed", "Finance Minister Oren Dask said the vote would wait a week.")]
    [InlineData("atom-xhtml.xml", "Serin Ledger & Co", "Dask rejects the tariff", "Finance Minister Oren Dask rejected the tariff.\n\n“Not this year,” Dask said.")]
    [InlineData("jsonfeed11.json", "Maranth Wire", "Okoro <wins> a vote", "Senator Lina Okoro won the vote on grain.\n\n“It was close,” Okoro said.")]
    [InlineData("undeclared-prefix.xml", "Prefix Post", "Tram line extended", "Mayor Petra Solvik said the tram line would reach the harbour by spring.")]
    [InlineData("c1-references.xml", "Legacy CMS", "Varga’s “open port” pledge", "Aldo Varga said the port would stay open – for now.")]
    public async Task A_feed_with_a_quirk_is_read(string file, string feedTitle, string itemTitle, string itemText)
    {
        var (title, entries) = await FetchAndParse(file);

        Assert.Equal(feedTitle, title);
        var entry = Assert.Single(entries);
        Assert.Equal(itemTitle, entry.Title);
        var text = HtmlText.FromHtml(entry.ContentHtml) is { Length: > 0 } content ? content : HtmlText.FromHtml(entry.SummaryHtml);
        Assert.Contains(itemText.Replace("\n", "\n"), text);
    }

    [Fact]
    public async Task Rss_090_items_beside_the_channel_are_found()
    {
        var (title, entries) = await FetchAndParse("rss090.rdf");

        Assert.Equal("Vesk Valley Notes", title);
        var entry = Assert.Single(entries);
        Assert.Equal("Ferry timetable changes", entry.Title);
        Assert.Equal("http://vesk.example/ferry", entry.Link);
    }

    [Fact]
    public async Task Links_are_made_absolute_and_dates_read_whatever_their_dialect()
    {
        var atom = (await FetchAndParse("atom-xhtml.xml")).Entries.Single();
        Assert.Equal("http://ledger.example/news/tariff.html", atom.Link);
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 10, 0, 0, TimeSpan.Zero), atom.PublishedAt);

        var rss = (await FetchAndParse("undeclared-prefix.xml")).Entries.Single();
        Assert.Equal("prefix-1", rss.Key);
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 14, 0, 0, TimeSpan.Zero), rss.PublishedAt);

        var rdf = (await FetchAndParse("rss10.rdf")).Entries.Single();
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 7, 15, 0, TimeSpan.Zero), rdf.PublishedAt);
        Assert.Equal("http://vesk.example/dam", rdf.Key);

        var stray = (await FetchAndParse("stray-ampersand.xml")).Entries.Single();
        Assert.Equal("http://courier.example/story?id=7&section=ports", stray.Link);

        var json = (await FetchAndParse("jsonfeed11.json", "application/feed+json")).Entries.Single();
        Assert.Equal("42", json.Key);
        Assert.Equal("http://wire.example/42", json.Link);
    }

    [Theory]
    [InlineData("html-page.xml", "not a feed: HTML page")]
    [InlineData("malformed-line-12.xml", "malformed XML at line 12: ")]
    public async Task A_document_that_is_not_a_readable_feed_says_why(string file, string reason)
    {
        var exception = await Assert.ThrowsAsync<FeedFormatException>(() => FetchAndParse(file));

        Assert.StartsWith(reason, exception.Message);
    }

    [Theory]
    [InlineData("", "not a feed: the response is empty")]
    [InlineData("Service temporarily unavailable", "not a feed: plain text")]
    [InlineData("<?xml version=\"1.0\"?><opml version=\"2.0\"><head/><body/></opml>", "not a feed: an XML document whose root is <opml>")]
    [InlineData("{\"name\": \"not a feed\"}", "not a feed: a JSON document")]
    [InlineData("{\"items\": [", "malformed JSON at line 1")]
    public void Other_non_feeds_are_named_too(string body, string reason)
    {
        var exception = Assert.Throws<FeedFormatException>(() => FeedParser.Parse(body));
        Assert.StartsWith(reason, exception.Message);
    }

    [Fact]
    public void An_html_page_that_links_its_feed_says_where_the_feed_is()
    {
        const string page = "<!DOCTYPE html><html><head><link rel='alternate' type='application/rss+xml' href='/news/rss.xml'></head><body>Home</body></html>";

        var exception = Assert.Throws<FeedFormatException>(() => FeedParser.Parse(page, "http://courier.example/"));

        Assert.Equal("not a feed: HTML page; its feed may be http://courier.example/news/rss.xml", exception.Message);
    }

    [Theory]
    [InlineData("Tue, 04 Mar 2025 09:30:00 GMT", "2025-03-04T09:30:00Z")]
    [InlineData("Tue, 4 Mar 2025 09:30:00 +0100", "2025-03-04T08:30:00Z")]
    [InlineData("Wed, 04 Mar 2025 09:30:00 PDT", "2025-03-04T16:30:00Z")] // wrong day name, named zone
    [InlineData("04 Mar 25 09:30 EST", "2025-03-04T14:30:00Z")]
    [InlineData("2025-03-04T09:30:00Z", "2025-03-04T09:30:00Z")]
    [InlineData("2025-03-04T09:30:00.123+02:00", "2025-03-04T07:30:00.123Z")]
    [InlineData("2025-03-04", "2025-03-04T00:00:00Z")]
    public void Feed_dates_are_read_in_every_common_dialect(string text, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected), FeedDates.Parse(text));
    }

    [Fact]
    public void An_unreadable_date_is_no_date_not_an_error() => Assert.Null(FeedDates.Parse("sometime last week"));
}
