using System.Text.Json;
using Briefing.Web.Ingestion.Feeds;
using Briefing.Web.Ingestion.Folder;

namespace Briefing.Web.Tests.Ingestion;

/// <summary>Feeds and pages in every charset the web still uses, served over real HTTP on loopback with the charset
/// declared in the document, only in the HTTP header, or nowhere (BOM or detection). The fixtures are bytes written
/// by testdata/charsets/make.py with Python's codecs, so the decoder is checked against an independent encoder.</summary>
public sealed class CharsetTests : IAsyncLifetime
{
    private FixtureFeedServer _server = null!;
    private readonly FeedFetcher _fetcher = new(new FixtureFeedServer.PlainClients());

    public async Task InitializeAsync() => _server = await FixtureFeedServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var name in Expected().Keys) data.Add(name);
        return data;
    }

    private static Dictionary<string, Case> Expected() =>
        JsonSerializer.Deserialize<Dictionary<string, Case>>(File.ReadAllText(FixtureFeedServer.TestdataPath("charsets/expected.json")),
            new JsonSerializerOptions(JsonSerializerDefaults.Web))!;

    private sealed record Case(string Label, string Title, string Text);

    private string Url(string file, string mediaType, Case expected) =>
        _server.TestdataUrl($"charsets/{file}", file.Contains(".http.") ? $"{mediaType}; charset={expected.Label}" : mediaType);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_feed_in_any_charset_is_read_without_mojibake(string name)
    {
        var expected = Expected()[name];
        var fetched = await _fetcher.FetchFeedAsync(Url($"{name}.xml", "application/rss+xml", expected), null, null, CancellationToken.None);

        var (_, entries) = FeedParser.Parse(fetched.Body!);

        var entry = Assert.Single(entries);
        Assert.Equal(expected.Title, entry.Title);
        Assert.Equal(expected.Text, HtmlText.FromHtml(entry.ContentHtml));
        Assert.DoesNotContain('\uFFFD', entry.Title + entry.ContentHtml);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_linked_page_in_any_charset_gives_its_headline_and_text(string name)
    {
        var expected = Expected()[name];
        var html = await _fetcher.FetchPageAsync(Url($"{name}.html", "text/html", expected), CancellationToken.None);

        var page = ArticlePageReader.Read("http://courier.example/story", html);

        Assert.Equal(expected.Title, page.Title);
        Assert.Contains(expected.Text, page.Text);
        Assert.DoesNotContain('\uFFFD', page.Title + page.Text);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_page_dropped_in_the_watched_folder_in_any_charset_is_decoded(string name)
    {
        // A file has no HTTP header: what the HTTP-only fixtures rely on is missing, so the detector must find it.
        var expected = Expected()[name];
        var submission = FolderArticles.Parse($"{name}.html", File.ReadAllBytes(FixtureFeedServer.TestdataPath($"charsets/{name}.html")));

        Assert.Equal(expected.Title, submission.Title);
        Assert.Contains(expected.Text, submission.Text);
    }

    [Fact]
    public void A_text_file_in_a_legacy_charset_is_decoded_by_detection()
    {
        var text = "Министр иностранных дел Вельтрии Альдо Варга заявил в понедельник, что порт останется открытым для всех партнеров.\n\n"
                   + "Сенатор Лина Окоро из Маранта ответила, что соглашение еще не подписано, и переговоры продолжатся в среду.";
        var bytes = Briefing.Web.Ingestion.Text.EncodingLabels.Find("koi8-r")!.GetBytes("Варга о порте\n" + text);

        var submission = FolderArticles.Parse("varga.txt", bytes);

        Assert.Equal("Варга о порте", submission.Title);
        Assert.Equal(text, submission.Text);
    }
}
