using Briefing.Core.Extraction;
using Briefing.Data.Actors;
using Briefing.Data.Articles;
using Briefing.Data.Inbox;
using Briefing.Data.Schema;
using Briefing.Data.Positions;
using Briefing.Data.Statements;
using Briefing.Data.Topics;
using Briefing.Web.Live;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using MudBlazor.Services;

using Briefing.Testing;

namespace Briefing.Web.Tests.Components;

/// <summary>bUnit with MudBlazor set up once, over real stores on a temp SQLite file, with the system clock or a
/// clock the test moves.</summary>
public abstract class ComponentTestContext : BunitContext, IAsyncLifetime
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("briefing-bunit-");

    // Waits for renders that pass through a debounce (search: 250 ms) and a query on the temp database; bUnit's 1 s default
    // is too tight when CI's two cores also run the browser tests' server, and a wait returns as soon as it passes.
    static ComponentTestContext() => DefaultWaitTimeout = TimeSpan.FromSeconds(5);

    protected ComponentTestContext(TimeProvider? clock = null)
    {
        var time = clock ?? TimeProvider.System;
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices(options =>
        {
            options.PopoverOptions.CheckForPopoverProvider = false;
            options.SnackbarConfiguration.ShowTransitionDuration = 0;
            options.SnackbarConfiguration.HideTransitionDuration = 0;
        });
        var database = new Database(Path.Combine(_folder.FullName, "ui.db"));
        database.Migrate();
        Database = database;
        Inbox = new InboxStore(database, time);
        var actors = new ActorStore(database, time);
        var statements = new StatementStore(database);
        Positions = new PositionStore(database);
        var positions = Positions;
        Articles = new ArticleStore(database, actors, statements, positions, Inbox, time);
        Topics = new TopicStore(database, time);
        Notifier = new LiveNotifier(NullLogger<LiveNotifier>.Instance);
        Services.AddSingleton(time);
        Services.AddSingleton(Topics);
        Services.AddSingleton(Inbox);
        Services.AddSingleton(actors);
        Services.AddSingleton(statements);
        Services.AddSingleton(Articles);
        Services.AddSingleton(Notifier);
        Services.AddSingleton(positions);
        Services.AddSingleton<Briefing.Web.Components.Pages.Dashboard.DashboardLatest>();
        Services.AddSingleton(new Briefing.Data.Curation.CurationStore(database, positions, time));
        Services.AddSingleton<Briefing.Web.Curation.Curator>();
        Services.AddSingleton(new Briefing.Data.Curation.ActorCurationStore(database, positions, time));
        Services.AddSingleton<Briefing.Web.Curation.ActorCurator>();
        // Component tests edit freely; the sign-in gate has its own tests.
        Services.AddSingleton(EditorSession);
    }

    protected Briefing.Web.Editing.EditorSession EditorSession { get; } = new(key => key == "editor-key" ? "night-desk" : null, requireSignIn: false);

    protected Database Database { get; }
    protected InboxStore Inbox { get; }
    protected ArticleStore Articles { get; }
    protected PositionStore Positions { get; }
    protected TopicStore Topics { get; }
    protected LiveNotifier Notifier { get; }

    /// <summary>Commits a one-quote article by a fictional speaker, as the pipeline would (no extractor needed). Each
    /// call is a new article, even with the same words. <paramref name="classify"/> gives the statement's topics and
    /// stances from its id, where a test needs positions.</summary>
    protected IngestedArticle CommitQuote(string title, string speaker, string quote, string? role = null,
        DateTimeOffset? publishedAt = null, Func<string, IReadOnlyList<StatementTopic>>? classify = null,
        StatementKind kind = StatementKind.Direct, SpeakerResolution resolution = SpeakerResolution.Named, double confidence = 0.95)
    {
        var text = $"“{quote}” {speaker} said.";
        var id = Guid.NewGuid().ToString("N")[..16];
        var item = new InboxItem(id, InboxStore.ContentHash(text + id), title, text, null, "Test Wire", publishedAt,
            Services.GetRequiredService<TimeProvider>().GetUtcNow(), "test", 0);
        var content = new TextSpan(1, 1 + quote.Length);
        var source = new TextSpan(quote.Length + 3, quote.Length + 3 + speaker.Length);
        var actor = new ExtractedActor("s", speaker, ActorKind.Person, role, null, [], [source]);
        var statement = new ExtractedStatement([content], quote, kind, new TextSpan(source.End + 1, source.End + 5),
            "said", source, "s", resolution, confidence, new TextSpan(0, text.Length));
        return Articles.Commit(item, new ArticleExtraction([new TextSpan(0, text.Length)], [actor], [statement]),
            classify?.Invoke(StatementStore.IdFor(id, 0)));
    }

    /// <summary>Publishes and waits until every subscribed view has handled it (publishing itself never waits).</summary>
    protected async Task PublishAsync(IngestedArticle ingested)
    {
        Notifier.Publish(ArticleIngested.From(ingested));
        await Notifier.WhenIdleAsync(TimeSpan.FromSeconds(20));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    // MudBlazor registers services that can only be disposed asynchronously; xUnit calls this before Dispose.
    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { _folder.Delete(recursive: true); } catch (IOException) { }
    }
}
