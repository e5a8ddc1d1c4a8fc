using Briefing.Web.Components.Pages.Dashboard;
using Briefing.Web.Live;
using Bunit;
using Microsoft.Extensions.DependencyInjection;

using Briefing.Testing;

namespace Briefing.Web.Tests.Components;

public sealed class DashboardTests : ComponentTestContext
{
    [Fact]
    public void The_dashboard_lists_articles_quotes_with_speakers_and_actors_with_roles()
    {
        CommitQuote("Serin harbour stays open", "Aldo Varga", "We will not close the harbour", role: "Foreign Minister");

        var page = Render<Dashboard>();

        Assert.Contains("Serin harbour stays open", page.Find("#articles").TextContent);
        var quote = page.Find("#quotes .quote-card");
        Assert.Contains("We will not close the harbour", quote.TextContent);
        Assert.Equal("Aldo Varga", quote.QuerySelector(".speaker")!.TextContent);
        Assert.Contains("Foreign Minister", page.Find("#actors").TextContent);
        Assert.Empty(page.FindAll(".new-chip"));
    }

    [Fact]
    public async Task A_live_article_appears_at_the_top_marked_new_without_reloading()
    {
        CommitQuote("Older story", "Aldo Varga", "The old words");
        var page = Render<Dashboard>();

        var fresh = CommitQuote("Breaking: Veltria signs", "Mira Ostrander", "We have signed the accord");
        await Notifier.PublishAsync(ArticleIngested.From(fresh));

        page.WaitForAssertion(() =>
        {
            var first = page.Find("#quotes .quote-card");
            Assert.Contains("We have signed the accord", first.TextContent);
            Assert.Contains("is-new", first.ClassName);
            Assert.NotNull(first.QuerySelector(".new-chip"));
            Assert.Contains("Breaking: Veltria signs", page.Find("#articles .article-line").TextContent);
            Assert.Contains("Mira Ostrander", page.Find("#actors").TextContent);
        });
        Assert.DoesNotContain("is-new", page.FindAll("#quotes .quote-card")[1].ClassName);
    }

    [Fact]
    public async Task A_live_article_marks_its_new_actor_new_in_key_actors_and_not_those_already_listed()
    {
        CommitQuote("Older story", "Aldo Varga", "The old words", role: "Foreign Minister");
        var page = Render<Dashboard>();
        Assert.Empty(page.FindAll("#actors .actor-line.is-new"));

        await Notifier.PublishAsync(ArticleIngested.From(CommitQuote("Breaking", "Mira Ostrander", "We have signed")));

        page.WaitForAssertion(() =>
        {
            var fresh = Assert.Single(page.FindAll("#actors .actor-line.is-new"));
            Assert.Contains("Mira Ostrander", fresh.QuerySelector(".actor-name")!.TextContent);
            Assert.NotNull(fresh.QuerySelector(".new-chip"));
            Assert.Equal("1", fresh.QuerySelector(".count-chip")!.TextContent);
        }, TimeSpan.FromSeconds(10));
        var older = page.FindAll("#actors .actor-line").Single(line => line.TextContent.Contains("Aldo Varga"));
        Assert.DoesNotContain("is-new", older.ClassName);
        Assert.Equal("Foreign Minister", older.QuerySelector(".actor-role")!.TextContent);
        Assert.NotNull(older.QuerySelector("svg.actor-kind"));
    }

    [Fact]
    public async Task Text_from_articles_and_speakers_is_encoded_in_every_list_live_or_not()
    {
        const string title = "<img src=x onerror=alert(1)>Harbour <b>news</b> & more";
        CommitQuote(title, "Eve <i>Bold</i>", "<script>alert('x')</script> stays open", role: "<u>Minister</u>");
        var page = Render<Dashboard>();
        await Notifier.PublishAsync(ArticleIngested.From(CommitQuote(title + " (live)", "Ada <i>Live</i>", "<script>x</script> live")));

        // Each list takes the frame on its own render: wait until all three show the live article.
        page.WaitForAssertion(() =>
        {
            Assert.Equal(2, page.FindAll("#articles .article-line").Count);
            Assert.Contains("Ada <i>Live</i>", page.Find("#actors").TextContent);
            Assert.Contains("<script>x</script> live", page.Find("#quotes .quote-card").TextContent);
        }, TimeSpan.FromSeconds(10));
        foreach (var list in new[] { "#articles", "#quotes", "#actors" })
            Assert.Empty(page.FindAll($"{list} img, {list} script, {list} b, {list} i, {list} u"));
        Assert.Equal(title + " (live)", page.Find("#articles .article-line a").TextContent);
        Assert.Contains("Eve <i>Bold</i>", page.Find("#actors").TextContent);
        Assert.Contains("<u>Minister</u>", page.Find("#actors").TextContent);
    }

    [Fact]
    public async Task A_frame_of_more_articles_than_the_lists_hold_shows_the_newest_in_order()
    {
        var page = Render<Dashboard>();
        var committed = new List<Briefing.Data.Articles.IngestedArticle>();
        for (var n = 1; n <= DashboardLatest.MaxArticles + 10; n++)
        {
            committed.Add(CommitQuote($"Dispatch {n} from Serin", "Aldo Varga", $"Words number {n} on the harbour"));
            Notifier.Publish(ArticleIngested.From(committed[^1]));
        }

        var newestFirst = committed.AsEnumerable().Reverse().ToList();
        page.WaitForAssertion(() =>
        {
            var lines = page.FindAll("#articles .article-line");
            Assert.Equal(newestFirst.Take(DashboardLatest.MaxArticles).Select(a => a.Article.Id), lines.Select(l => l.GetAttribute("data-article-id")));
            var cards = page.FindAll("#quotes .quote-card");
            Assert.Equal(newestFirst.Select(a => a.Statements[0].Id), cards.Select(c => c.GetAttribute("data-statement-id")));
            Assert.All(cards, card => Assert.Contains("is-new", card.ClassName));
        }, TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Closing_the_dashboard_unsubscribes_it()
    {
        var page = Render<Dashboard>();
        var live = Notifier.SubscriberCount;
        Assert.True(live >= 1);

        await DisposeComponentsAsync();

        Assert.Equal(0, Notifier.SubscriberCount);
    }

    [Fact]
    public async Task A_statement_rejected_anywhere_leaves_the_open_dashboard()
    {
        var article = CommitQuote("Story", "Aldo Varga", "A scare-quoted phrase");
        var page = Render<Dashboard>();
        Assert.Single(page.FindAll("#quotes .quote-card"));

        await Services.GetService<Briefing.Web.Curation.Curator>()!.RejectAsync(article.Statements[0].Id, "analyst");

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("#quotes .quote-card")));
    }

    [Fact]
    public async Task Searching_narrows_the_quotes_and_live_ones_appear_only_when_they_match()
    {
        CommitQuote("One", "Aldo Varga", "The harbour stays open");
        CommitQuote("Two", "Mira Ostrander", "Tariffs will rise");
        var page = Render<Dashboard>();

        page.Find("input#quote-search").Input("harbour");
        page.WaitForAssertion(() => Assert.Single(page.FindAll("#quotes .quote-card")));

        await Notifier.PublishAsync(Briefing.Web.Live.ArticleIngested.From(CommitQuote("Three", "Mira Ostrander", "More tariffs")));
        await Notifier.PublishAsync(Briefing.Web.Live.ArticleIngested.From(CommitQuote("Four", "Aldo Varga", "The harbour will get a new pier")));

        // Publishing no longer waits for the screen: the whole expected view is awaited.
        page.WaitForAssertion(() =>
        {
            Assert.Equal(2, page.FindAll("#quotes .quote-card").Count);
            Assert.Contains("new pier", page.Find("#quotes .quote-card").TextContent);
            Assert.NotNull(page.Find("#quotes .quote-card .new-chip"));
        });
    }
}
