using Briefing.Data.Inbox;
using Briefing.Data.Schema;
using Briefing.Data.Sources;
using Briefing.Web.Components.Pages.Sources;
using Briefing.Web.Ingestion;
using Briefing.Web.Tests.Components;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Briefing.Web.Tests.Ingestion;

public sealed class SourcesPageTests : ComponentTestContext
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("briefing-sources-");
    private readonly FeedStore _feeds;
    private readonly InboxStore _inbox;

    public SourcesPageTests()
    {
        // Its own database, so the inbox and feeds the page reads are the ones this test fills.
        var database = new Database(Path.Combine(_folder.FullName, "sources.db"));
        database.Migrate();
        _inbox = new InboxStore(database, TimeProvider.System);
        _feeds = new FeedStore(database, TimeProvider.System);
        Services.AddSingleton(_inbox);
        Services.AddSingleton(_feeds);
        Services.AddSingleton(new InboxSignal());
        Services.AddSingleton(Options.Create(new BriefingOptions()));
        Services.AddSingleton(new Briefing.Web.Ingestion.Fetching.OutboundFetchPolicy(Options.Create(new Briefing.Web.Ingestion.Fetching.FetchOptions())));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { _folder.Delete(recursive: true); } catch (IOException) { }
    }

    [Fact]
    public void A_failed_article_shows_its_error_and_retry_puts_it_back_in_the_queue()
    {
        var accepted = _inbox.Accept(new ArticleSubmission("Poison dispatch", "Text that made extraction throw."));
        _inbox.MarkFailed(accepted.Id, "InvalidOperationException: no sentence end");

        var page = Render<SourcesPage>();
        Assert.Contains("no sentence end", page.Find(".failed-row").TextContent);
        page.Find(".retry").Click();

        Assert.Contains("Nothing failed.", page.Find("#no-failures").TextContent);
        Assert.Contains(_inbox.Pending(10), i => i.Id == accepted.Id);
    }

    [Fact]
    public void A_feed_shows_its_last_error_and_a_bad_url_is_refused()
    {
        var id = _feeds.Upsert("http://127.0.0.1:9/feed.xml", "Veltria Courier", 60);
        _feeds.RecordFailure(id, "The feed answered 503 Service Unavailable.", _ => DateTimeOffset.UtcNow.AddMinutes(2));

        var page = Render<SourcesPage>();
        Assert.Contains("Veltria Courier", page.Find(".feed-row").TextContent);
        Assert.Contains("503 Service Unavailable", page.Find(".feed-error").TextContent);

        page.Find("#feed-url").Change("not a url");
        page.Find("#add-feed").Click();
        Assert.Contains("absolute http(s) URL", page.Find("#feed-error").TextContent);
    }
}
