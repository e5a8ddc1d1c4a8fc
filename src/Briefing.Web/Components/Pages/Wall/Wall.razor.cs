using Briefing.Data.Actors;
using Briefing.Data.Articles;
using Briefing.Data.Positions;
using Briefing.Data.Statements;
using Briefing.Data.Topics;
using Briefing.Web.Live;
using Briefing.Web.Wall;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;

namespace Briefing.Web.Components.Pages.Wall;

/// <summary>The wall display: no chrome, rotating panels, flash take-overs, bounded state. Configured only by its URL
/// (see <see cref="WallConfig"/>); the browser side (wwwroot/wall/wall.js) keeps it connected and flags STALE.</summary>
public partial class Wall
{
    /// <summary>How long a new item stays highlighted.</summary>
    public static readonly TimeSpan Highlight = TimeSpan.FromSeconds(8);

    private static readonly TimeSpan HeartbeatEvery = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan ActivityRefreshMin = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan ActivityRefreshMax = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan PositionsRefreshMin = TimeSpan.FromSeconds(2);

    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private Reading.DisplayAccess Displays { get; set; } = default!;
    [Inject] private IOptions<Reading.ReadingOptions> Reading { get; set; } = default!;

    /// <summary>A display link's token (/wall/d/{token}): the wall it opens is the link's, not the URL's.</summary>
    [Parameter] public string? Token { get; set; }

    [CascadingParameter] private Task<Microsoft.AspNetCore.Components.Authorization.AuthenticationState>? Authentication { get; set; }
    [Inject] private IOptions<WallOptions> Options { get; set; } = default!;
    [Inject] private StatementStore Statements { get; set; } = default!;
    [Inject] private ArticleStore ArticleStore { get; set; } = default!;
    [Inject] private ActorStore ActorStore { get; set; } = default!;
    [Inject] private ActivityQueries ActivityQueries { get; set; } = default!;
    [Inject] private PositionStore PositionStore { get; set; } = default!;
    [Inject] private TopicStore TopicStore { get; set; } = default!;

    private WallFeed<WallQuote> _quotes = default!;
    private WallFeed<ArticleSummary> _articles = default!;
    private IReadOnlyList<ActorActivity> _activity = [];
    private PositionMatrix _matrix = PositionMatrix.Empty;
    private bool _positionsDirty;
    private DateTimeOffset _positionsAt;
    private FlashRule _flashRule = default!;
    private ITimer? _timer;
    private long _seq;
    private long _beat;
    private DateTimeOffset _nextBeat;
    private DateTimeOffset _activityAt;
    private bool _activityDirty;
    private DateTimeOffset? _highlightUntil;

    internal WallConfig Config { get; private set; } = new();
    internal WallRotation Rotation { get; private set; } = default!;

    private DateTimeOffset Now => Clock.GetUtcNow();

    protected override async Task OnInitializedAsync()
    {
        base.OnInitialized();
        var user = Authentication is null ? new System.Security.Claims.ClaimsPrincipal() : (await Authentication).User;
        var query = Displays.WallQuery(Token, user, Reading.Value.RequireSignIn, new Uri(Navigation.Uri).Query);
        Config = WallConfig.Parse(query, WallConfig.Defaults(Options.Value));
        var now = Now;
        Rotation = new WallRotation(Config, now);
        _flashRule = new FlashRule(Config.Actors, Config.Urgent, PinnedActorIds(), Config.ConfirmedSpeaker);

        _quotes = new WallFeed<WallQuote>(Config.MaxItems, q => q.Statement.Id);
        // The wall's stream is quotes: the speaker's own words read from across the room; reported speech does not.
        var statements = Statements.Query(new StatementQuery(Limit: Config.MaxItems, QuotesOnly: true));
        var outlets = ActivityQueries.Outlets(statements.Select(s => s.ArticleId).Distinct().ToList());
        _quotes.Reset(statements.Select(s => new WallQuote(s, outlets.GetValueOrDefault(s.ArticleId))));
        _articles = new WallFeed<ArticleSummary>(Config.MaxItems, a => a.Id);
        _articles.Reset(ArticleStore.Latest(Config.MaxItems));
        RefreshActivity(now);
        RefreshPositions(now);
        _nextBeat = now + HeartbeatEvery;
    }

    protected override void OnAfterRender(bool firstRender)
    {
        base.OnAfterRender(firstRender);
        if (firstRender) _timer = Clock.CreateTimer(_ => InvokeAsync(Tick), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
    }

    /// <summary>Events were coalesced: the store-backed panels re-read; quotes missed meanwhile are not replayed.</summary>
    protected override void Reload()
    {
        _positionsDirty = true;
        _activityDirty = true;
    }

    protected override bool OnLiveEvent(LiveEvent liveEvent)
    {
        switch (liveEvent)
        {
            case ArticleIngested ingested:
                return OnArticle(ingested);
            case PositionChanged changed:
                _positionsDirty = true;
                _seq++;
                return _flashRule.Reason(changed.Position, changed.Shift) is { } reason
                    && Rotation.Raise(new WallFlash(reason, Shift: changed.Position), Now);
            case StatementCurated curated:
                // An analyst's correction shows at once; a rejected statement leaves the wall.
                _activityDirty = true;
                return _quotes.Update(curated.StatementId, curated.Statement is { } corrected
                    ? new WallQuote(corrected, _quotes.Entries.First(e => e.Value.Statement.Id == curated.StatementId).Value.Outlet)
                    : null);
            case PositionsRebuilt:
                _positionsDirty = true;
                return false;
            case Briefing.Web.Alerts.AlertRaised raised when Config.Alerts:
                return Rotation.Raise(new WallFlash("Alert", Alert: raised.Alert), Now);
            default:
                return false;
        }
    }

    private bool OnArticle(ArticleIngested ingested)
    {
        var now = Now;
        _seq++;
        _articles.Push([ingested.Article], now);
        _quotes.Push(ingested.Statements.Where(s => s.Direct).Select(s => new WallQuote(s, ingested.Article.Source)).ToList(), now);
        _activityDirty |= ingested.Statements.Count > 0;
        foreach (var statement in ingested.Statements)
            if (_flashRule.Reason(statement, ingested.Actors) is { } reason)
                Rotation.Raise(new WallFlash(reason, new WallQuote(statement, ingested.Article.Source)), now);
        _highlightUntil = now + Highlight;
        return true;
    }

    /// <summary>Once a second: rotation and flashes, highlight expiry, activity refresh, and the heartbeat that lets
    /// the browser tell a live-but-quiet wall from a dead connection.</summary>
    internal void Tick()
    {
        var now = Now;
        var changed = Rotation.Tick(now);
        if (_highlightUntil is { } until && now >= until)
        {
            _highlightUntil = null;
            changed = true;
        }
        if ((_activityDirty && now - _activityAt >= ActivityRefreshMin) || now - _activityAt >= ActivityRefreshMax)
        {
            RefreshActivity(now);
            changed = true;
        }
        if (_positionsDirty && now - _positionsAt >= PositionsRefreshMin)
        {
            RefreshPositions(now);
            changed = true;
        }
        if (now >= _nextBeat)
        {
            _beat++;
            _nextBeat = now + HeartbeatEvery;
            changed = true;
        }
        if (changed) StateHasChanged();
    }

    private void RefreshActivity(DateTimeOffset now)
    {
        _activity = ActivityQueries.MostActive(now - TimeSpan.FromHours(Config.ActivityHours), Config.MaxItems);
        _activityAt = now;
        _activityDirty = false;
    }

    /// <summary>Pinned actors are re-resolved on each refresh: an actor first quoted after the wall opened joins in.</summary>
    private List<string> PinnedActorIds() => Config.Actors.Select(name => ActorStore.Find(name)?.Id).OfType<string>().Distinct().ToList();

    private void RefreshPositions(DateTimeOffset now)
    {
        _positionsAt = now;
        _positionsDirty = false;
        if (!Config.Panels.Contains(WallPanel.Positions)) return;
        var actorIds = PinnedActorIds();
        var topicIds = Config.Topics.Select(name => TopicStore.Find(name)?.Id).OfType<string>().Distinct().ToList();
        if ((Config.Actors.Count > 0 && actorIds.Count == 0) || (Config.Topics.Count > 0 && topicIds.Count == 0))
        {
            _matrix = PositionMatrix.Empty;
            return;
        }
        var query = new PositionQuery(actorIds.Count > 0 ? actorIds : null, topicIds.Count > 0 ? topicIds : null,
            Since: actorIds.Count > 0 ? null : now - TimeSpan.FromDays(7), EvidenceLimit: 1);
        _matrix = PositionMatrix.Build(PositionStore.Query(actorIds.Count > 0 ? query : query with { ActorIds = RecentActors(query) }), actorIds, topicIds);
    }

    /// <summary>With no pinned actors the matrix shows the actors of the most recent positions: found from the newest
    /// positions (no evidence), so only their positions are read, not every position of the last week.</summary>
    private List<string> RecentActors(PositionQuery query)
    {
        for (var limit = 100; ; limit *= 8)
        {
            var newest = PositionStore.Query(query with { EvidenceLimit = 0, Limit = limit });
            var actors = newest.Select(p => p.Actor.Id).Distinct().Take(PositionMatrix.MaxActors).ToList();
            if (actors.Count == PositionMatrix.MaxActors || newest.Count < limit) return actors;
        }
    }

    public override void Dispose()
    {
        _timer?.Dispose();
        base.Dispose();
    }
}
