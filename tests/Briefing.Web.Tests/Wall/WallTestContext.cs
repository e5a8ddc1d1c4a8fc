using Briefing.Core.Extraction;
using Briefing.Data.Actors;
using Briefing.Data.Articles;
using Briefing.Data.Inbox;
using Briefing.Data.Positions;
using Briefing.Data.Schema;
using Briefing.Data.Statements;
using Briefing.Data.Topics;
using Briefing.Web.Live;
using Briefing.Web.Wall;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Briefing.Web.Tests.Wall;

/// <summary>A clock the test moves by hand.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; private set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}

/// <summary>bUnit over real stores on a temp SQLite file, a hand-moved clock, and the app's live notifier.</summary>
public abstract class WallTestContext : BunitContext, IAsyncLifetime
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("briefing-wall-");

    protected WallTestContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        var database = new Database(Path.Combine(_folder.FullName, "wall.db"));
        database.Migrate();
        Clock = new ManualClock(DateTimeOffset.UtcNow);
        var actors = new ActorStore(database, Clock);
        var statements = new StatementStore(database);
        Positions = new PositionStore(database);
        Articles = new ArticleStore(database, actors, statements, Positions, Clock);
        Topics = new TopicStore(database, Clock);
        Notifier = new LiveNotifier(NullLogger<LiveNotifier>.Instance);
        Services.AddSingleton<TimeProvider>(Clock);
        Services.AddSingleton(actors);
        Services.AddSingleton(statements);
        Services.AddSingleton(Articles);
        Services.AddSingleton(Positions);
        Services.AddSingleton(Topics);
        Services.AddSingleton(new ActivityQueries(database));
        Services.AddSingleton(Notifier);
        Services.AddSingleton(Options.Create(new WallOptions()));
    }

    protected ManualClock Clock { get; }
    protected ArticleStore Articles { get; }
    protected PositionStore Positions { get; }
    protected TopicStore Topics { get; }
    protected LiveNotifier Notifier { get; }

    protected IRenderedComponent<Briefing.Web.Components.Pages.Wall.Wall> RenderWall(string query)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("/wall" + query);
        return Render<Briefing.Web.Components.Pages.Wall.Wall>();
    }

    /// <summary>Commits a one-quote article by a fictional speaker, as the pipeline would (no extractor needed).</summary>
    protected IngestedArticle CommitQuote(string title, string speaker, string quote, string? role = null)
    {
        var text = $"“{quote}” {speaker} said.";
        var id = Guid.NewGuid().ToString("N")[..16];
        var item = new InboxItem(id, InboxStore.ContentHash(text + id), title, text, null, "Test Wire", null, Clock.Now, "test", 0);
        var content = new TextSpan(1, 1 + quote.Length);
        var source = new TextSpan(quote.Length + 3, quote.Length + 3 + speaker.Length);
        var actor = new ExtractedActor("s", speaker, ActorKind.Person, role, null, [], [source]);
        var statement = new ExtractedStatement([content], quote, StatementKind.Direct, new TextSpan(source.End + 1, source.End + 5),
            "said", source, "s", SpeakerResolution.Named, 0.95, new TextSpan(0, text.Length));
        return Articles.Commit(item, new ArticleExtraction([new TextSpan(0, text.Length)], [actor], [statement]));
    }

    protected Task PublishAsync(IngestedArticle ingested) => Notifier.PublishAsync(ArticleIngested.From(ingested));

    public Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { _folder.Delete(recursive: true); } catch (IOException) { }
    }
}
