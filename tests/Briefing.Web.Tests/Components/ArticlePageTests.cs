using Briefing.Data.Statements;
using Briefing.Web.Components.Pages.Articles;
using Briefing.Web.Components.Shared;
using Briefing.Core.Extraction;
using Briefing.Data.Inbox;
using Bunit;

using Briefing.Testing;

namespace Briefing.Web.Tests.Components;

public sealed class ArticlePageTests : ComponentTestContext
{
    [Fact]
    public void The_article_text_is_shown_with_each_quote_highlighted_and_its_speaker()
    {
        var article = CommitQuote("Accord", "Mira Ostrander", "We have signed the accord");

        var page = Render<ArticlePage>(p => p.Add(x => x.Id, article.Article.Id));

        var mark = page.Find("#article-body mark.quote");
        Assert.StartsWith("We have signed the accord", mark.TextContent);
        Assert.Equal("Mira Ostrander", mark.QuerySelector(".quote-speaker")!.TextContent);
        Assert.Equal(article.Statements[0].Id, mark.Id);
        Assert.Contains("Mira Ostrander said.", page.Find("#article-body").TextContent);
    }

    [Fact]
    public void Hostile_text_in_an_article_is_encoded_never_markup()
    {
        var article = CommitQuote("<img src=x onerror=alert(1)>", "Eve <b>Bold</b>", "<script>alert('x')</script>");

        var page = Render<ArticlePage>(p => p.Add(x => x.Id, article.Article.Id));

        Assert.Empty(page.FindAll("#article-body script"));
        Assert.Empty(page.FindAll("img"));
        Assert.Empty(page.FindAll("#article-body b"));
        Assert.Contains("&lt;script&gt;", page.Markup);
        Assert.Contains("<script>alert('x')</script>", page.Find("#article-body").TextContent);
    }

    [Fact]
    public void A_quote_card_without_a_speaker_says_so()
    {
        var statement = new StatementView("a-1", "a", null, "Words", true, "said", null, DateTimeOffset.UtcNow, "direct",
            "unresolved", 0.2, "Title", null, [new SpanView(0, 5)], new SpanView(10, 12), null);

        var card = Render<QuoteCard>(p => p.Add(x => x.Statement, statement));
        Assert.Equal("Speaker unresolved", card.Find(".speaker").TextContent);

        var sourceless = Render<QuoteCard>(p => p.Add(x => x.Statement, statement with { Source = null, Kind = "belief", Direct = false }));
        Assert.Equal("No named source", sourceless.Find(".speaker").TextContent);

        var described = Render<QuoteCard>(p => p.Add(x => x.Statement, statement with { Resolution = "described" }));
        Assert.Equal("Unnamed source", described.Find(".speaker").TextContent);
    }

    [Fact]
    public void Wire_copies_from_other_outlets_are_listed_as_also_carried_by()
    {
        static string Story(string extra) => string.Join(' ', Enumerable.Range(0, 70).Select(i => $"harbour{i}")) + " " + extra;
        var first = Inbox.Accept(new ArticleSubmission("Harbour stays open", Story("on Monday."), Source: "Veltria Courier"));
        var copy = Inbox.Accept(new ArticleSubmission("Harbour talks go on", Story("late on Monday."), "https://gazette.example/b", "Dunmere Gazette"));
        Assert.Equal(first.Id, copy.Id);
        Articles.Commit(Inbox.Pending(10).Single(p => p.Id == first.Id), ArticleExtraction.Empty);

        var page = Render<ArticlePage>(p => p.Add(x => x.Id, first.Id));

        var link = page.Find("#also-carried-by a");
        Assert.Equal("Dunmere Gazette", link.TextContent);
        Assert.Equal("https://gazette.example/b", link.GetAttribute("href"));
    }
}
