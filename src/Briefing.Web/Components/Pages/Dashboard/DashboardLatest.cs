using Briefing.Data.Actors;
using Briefing.Data.Articles;
using Briefing.Data.Statements;
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
}
