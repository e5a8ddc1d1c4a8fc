using Briefing.Data.Actors;
using Briefing.Data.Articles;
using Briefing.Data.Statements;
using Briefing.Web.Components.Shared;
using Briefing.Web.Live;

namespace Briefing.Web.Components.Pages.Dashboard;

/// <summary>What every open dashboard starts from (and reloads after a burst): the latest articles, statements and
/// actors, read once per published change and shared by all circuits as immutable lists (see <see cref="SharedRead{T}"/>).</summary>
public sealed class DashboardLatest(ArticleStore articles, StatementStore statements, ActorStore actors, LiveNotifier notifier)
{
    // Bounded: a dashboard left open for weeks keeps at most this many items in memory and in the DOM.
    public const int MaxArticles = 30;
    public const int MaxStatements = 60;
    public const int MaxActors = 40;

    private readonly SharedRead<IReadOnlyList<ArticleSummary>> _articles = new(notifier, () => articles.Latest(MaxArticles));
    private readonly SharedRead<IReadOnlyList<StatementView>> _statements =
        new(notifier, () => statements.Query(new StatementQuery(Limit: MaxStatements)));
    private readonly SharedRead<IReadOnlyList<ActorView>> _actors = new(notifier, () => actors.List(MaxActors));

    public IReadOnlyList<ArticleSummary> Articles => _articles.Get();
    public IReadOnlyList<StatementView> Statements => _statements.Get();
    public IReadOnlyList<ActorView> Actors => _actors.Get();

    // The latest merges, by the list they started from. Not a ConditionalWeakTable: each merge's result is the key of
    // the next one, so its dependent handles formed a chain as long as the articles since the oldest list a lagging
    // screen still held, which the GC walks link by link (seconds per pause at 1,000 articles/s).
    private readonly RecentlyMade<IReadOnlyList<ActorView>, ActorMerge> _merges = new(slots: 64);

    /// <summary>"Key actors" after an article: its actors (with their fresh counts) folded into <paramref name="current"/>
    /// without a query, ranked by statements (ties keep their place), and the ids that were not listed before.
    /// Every open dashboard gets every article and most hold the same list, so the merge is kept with the list it
    /// started from and the next dashboard that merges the same article into the same list takes the result.</summary>
    public ActorMerge MergeActors(IReadOnlyList<ActorView> current, IReadOnlyList<ActorView> arrived)
    {
        if (_merges.TryGet(current, out var known) && ReferenceEquals(known.Arrived, arrived)) return known;
        var merge = ActorMerge.Of(current, arrived);
        _merges.Put(current, merge);
        return merge;
    }
}

/// <summary>The result of <see cref="DashboardLatest.MergeActors"/>: immutable, shared between circuits.</summary>
public sealed record ActorMerge(IReadOnlyList<ActorView> Arrived, IReadOnlyList<ActorView> Actors, IReadOnlyList<string> Added)
{
    public static ActorMerge Of(IReadOnlyList<ActorView> current, IReadOnlyList<ActorView> arrived)
    {
        var byId = current.ToDictionary(a => a.Id);
        var added = new List<string>();
        foreach (var actor in arrived)
        {
            if (!byId.ContainsKey(actor.Id)) added.Add(actor.Id);
            byId[actor.Id] = actor;
        }
        var order = current.Select((a, i) => (a.Id, i)).ToDictionary(p => p.Id, p => p.i);
        var actors = byId.Values
            .OrderByDescending(a => a.StatementCount)
            .ThenBy(a => order.GetValueOrDefault(a.Id, int.MaxValue))
            .Take(DashboardLatest.MaxActors)
            .ToArray();
        return new ActorMerge(arrived, actors, added.Distinct().ToArray());
    }
}
