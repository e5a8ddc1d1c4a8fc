using Briefing.Web.Ingestion.Feeds;

namespace Briefing.Web.Tests.Ingestion;

/// <summary>A web page's headline and article text: site names cut from titles, page furniture left out, block
/// boundaries kept as spacing.</summary>
public sealed class PageReadingTests
{
    private const string Body =
        "<p>Veltrian Foreign Minister Aldo Varga said on Monday that the Serin port would stay open to every trading partner, despite pressure from Maranth.</p>"
        + "<p>“The harbour is not for sale and it is not closing,” Varga told reporters after a cabinet meeting in the capital.</p>"
        + "<p>Port workers welcomed the news, and the union said it would call off next week's strike after talks with the ministry.</p>";

    private static PageArticle Page(string head, string body) =>
        ArticlePageReader.Read("https://courier.example/world/varga-port", $"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>");

    [Theory]
    [InlineData("<title>Varga keeps the Serin port open - Veltria Courier | World</title><meta property='og:site_name' content='Veltria Courier'>", "")]
    [InlineData("<title>Veltria Courier | Varga keeps the Serin port open</title><meta property='og:site_name' content='Veltria Courier'>", "")]
    [InlineData("<title>Home</title><meta property='og:title' content='Varga keeps the Serin port open | The Veltria Courier'><meta name='application-name' content='Veltria Courier'>", "")]
    [InlineData("<title>x</title><script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"NewsArticle\",\"headline\":\"Varga keeps the Serin port open\",\"publisher\":{\"name\":\"Veltria Courier\"}}]}</script>", "")]
    [InlineData("<title>Varga keeps the Serin port open – Courier</title>", "")] // the host names the site
    [InlineData("<title>Varga keeps the Serin port open :: Serin Desk :: VC Online</title>", "<h1>Varga keeps the Serin port open</h1>")]
    [InlineData("<title>Varga keeps the Serin port open | World | VC</title>", "")] // short trailing segments
    public void The_title_is_the_headline_without_site_name_or_section(string head, string heading)
    {
        var page = Page(head, $"<article>{heading}{Body}</article>");

        Assert.Equal("Varga keeps the Serin port open", page.Title);
    }

    [Fact]
    public void A_dash_inside_a_headline_is_kept_when_nothing_says_it_is_a_site_name()
    {
        var page = Page("<title>Varga - Okoro talks resume in Serin after a long winter</title>", $"<article>{Body}</article>");

        Assert.Equal("Varga - Okoro talks resume in Serin after a long winter", page.Title);
    }

    [Theory]
    [InlineData("figcaption", "<figure><img src='a.jpg'><figcaption>Varga told dock workers: “We will fight for every berth.”</figcaption></figure>", "fight for every berth")]
    [InlineData("credit line", "<p class='image-credit'>Image source, Maranth Press Agency</p>", "Maranth Press Agency")]
    [InlineData("credit by phrase", "<p>Photograph: Maranth Press Agency</p>", "Maranth Press Agency")]
    [InlineData("sub-heading", "<h2>“We will not be bullied”</h2>", "not be bullied")]
    [InlineData("byline", "<p>By Ana Lind and Ivo Marek, Serin correspondents</p>", "Ana Lind")]
    [InlineData("byline by class", "<div class='article-byline'>Ana Lind reports from Serin</div>", "Ana Lind")]
    [InlineData("dateline", "<p>Published 3 hours ago</p>", "3 hours ago")]
    [InlineData("related block", "<div><h3>Related</h3><ul><li><a href='/a'>Dask rejects the tariff plan</a></li></ul></div>", "Dask rejects")]
    [InlineData("related without markup hints", "<p>Related stories</p><ul><li>Dask rejects the tariff plan</li></ul>", "Dask rejects")]
    [InlineData("read more", "<p>Read more: <a href='/grain'>Okoro says the grain vote will be close</a></p>", "grain vote")]
    [InlineData("teaser link", "<p><a href='/tolls'>Why the Serin tolls matter to everyone</a></p>", "Serin tolls matter")]
    [InlineData("aria-hidden", "<div aria-hidden='true'>Image caption, Protesters held signs saying “No more tolls”</div>", "No more tolls")]
    [InlineData("hidden", "<p hidden>“Secret draft,” the note said.</p><p style='display: none'>Draft two</p>", "Secret draft")]
    [InlineData("navigation", "<nav><a href='/'>Home</a> <a href='/world'>World news from Serin</a></nav>", "World news from Serin")]
    [InlineData("share widget", "<div class='share-tools'><button>Share</button><a href='/fb'>Share on Facebook</a></div>", "Facebook")]
    [InlineData("footer", "<footer><p>© 2026 Veltria Courier. “Trusted since 1901,” our readers say.</p></footer>", "Trusted since")]
    public void Page_furniture_is_not_article_text(string kind, string furniture, string leaked)
    {
        var page = Page("<title>Varga keeps the Serin port open - Veltria Courier</title>",
            $"<article><h1>Varga keeps the Serin port open</h1>{furniture}{Body}{furniture}</article>");

        Assert.DoesNotContain(leaked, page.Text);
        Assert.Contains("“The harbour is not for sale and it is not closing,” Varga told reporters", page.Text);
        Assert.True(page.Text!.Length > 300, kind);
    }

    [Theory]
    [InlineData("<form id='aspnetForm' action='/story.aspx'>", "</form>")]
    [InlineData("<div class='story-body share-enabled'>", "</div><div class='comments'>" + "<p>A reader wrote a long comment about the port, the tolls and the ferry timetable in Serin.</p>" + "</div>")]
    [InlineData("<div class='related-layout'>", "</div>")]
    public void A_furniture_rule_never_takes_the_article_with_it(string open, string close)
    {
        var page = Page("<title>Varga keeps the Serin port open</title>", $"{open}<article>{Body}{Body}</article>{close}");

        Assert.Contains("“The harbour is not for sale and it is not closing,” Varga told reporters", page.Text);
    }

    [Fact]
    public void The_page_title_and_headline_are_not_part_of_the_text()
    {
        var page = Page("<title>Varga keeps the Serin port open - Veltria Courier</title>", $"<article><h1>Varga keeps the Serin port open</h1>{Body}</article>");

        Assert.DoesNotContain("Veltria Courier", page.Text);
        Assert.StartsWith("Veltrian Foreign Minister", page.Text);
    }

    [Fact]
    public void A_page_too_short_for_readability_still_gives_its_cleaned_text()
    {
        var page = Page("<title>Solvik at the depot</title>",
            "<nav><a href='/'>Home</a></nav><p>Mayor Petra Solvik visited the tram depot.</p><p>Published 2 hours ago</p>");

        Assert.Equal("Mayor Petra Solvik visited the tram depot.", page.Text);
        Assert.Equal("Solvik at the depot", page.Title);
    }

    [Fact]
    public void Block_boundaries_keep_words_apart()
    {
        var text = HtmlText.FromHtml(
            "<div>Serin</div><div>harbour</div><p>One</p><p>Two</p><ul><li>first</li><li>second</li></ul>"
            + "<table><tr><td>Varga</td><td>Okoro</td></tr></table>line<br>break<section>end</section><main>main</main><dl><dt>term</dt><dd>text</dd></dl>");

        foreach (var word in new[] { "Serin", "harbour", "One", "Two", "first", "second", "Varga", "Okoro", "line", "break", "end", "main", "term", "text" })
            Assert.Matches($@"(^|\s){word}(\s|$)", text);
    }

    [Fact]
    public void A_realistic_news_page_gives_its_headline_and_only_its_article()
    {
        var html = File.ReadAllText(FixtureFeedServer.TestdataPath("pages/news-with-furniture.html"));

        var page = ArticlePageReader.Read("https://courier.example/world/varga-port", html);

        Assert.Equal("Varga says the Serin port will stay open", page.Title);
        Assert.Equal(
            "Veltrian Foreign Minister Aldo Varga said on Monday that the Serin port would stay open to every trading partner, despite pressure from Maranth.\n\n"
            + "“The harbour is not for sale and it is not closing,” Varga told reporters after a cabinet meeting in the capital.\n\n"
            + "Senator Lina Okoro of Maranth said the decision was disappointing. “We expected a fairer offer from Veltria,” Okoro said in a statement.\n\n"
            + "Port workers welcomed the news, and the union said it would call off next week's strike.",
            page.Text);
    }
}
