using Briefing.Data.Actors;
using Briefing.Web.Components.Pages.Dashboard;
using Briefing.Web.Live;
using Microsoft.Extensions.Logging.Abstractions;

namespace Briefing.Web.Tests.Components;

/// <summary>"Key actors" folds an article's actors into the list without a query, once for all dashboards that hold
/// the same list.</summary>
public sealed class ActorMergeTests
{
    private static ActorView A(string id, int statements) => new(id, id, "person", null, null, [], statements);

    [Fact]
    public void An_article_s_actors_are_ranked_in_with_their_fresh_counts_and_new_ones_are_named()
    {
        var merge = ActorMerge.Of([A("aldo-varga", 5), A("lina-okoro", 3), A("petra-solvik", 3)],
            [A("petra-solvik", 4), A("tomas-reyl", 1)]);

        Assert.Equal(["aldo-varga", "petra-solvik", "lina-okoro", "tomas-reyl"], merge.Actors.Select(a => a.Id));
        Assert.Equal(4, merge.Actors[1].StatementCount);
        Assert.Equal(["tomas-reyl"], merge.Added);
    }

    [Fact]
    public void Dashboards_holding_the_same_list_share_one_merge_of_the_same_article()
    {
        var latest = new DashboardLatest(null!, null!, null!, new LiveNotifier(NullLogger<LiveNotifier>.Instance));
        IReadOnlyList<ActorView> shared = [A("aldo-varga", 5)];
        IReadOnlyList<ActorView> arrived = [A("lina-okoro", 1)];

        var first = latest.MergeActors(shared, arrived);
        var second = latest.MergeActors(shared, arrived);
        var other = latest.MergeActors([A("aldo-varga", 5)], arrived); // another list: its own merge, the same result

        Assert.Same(first, second);
        Assert.NotSame(first, other);
        Assert.Equal(first.Actors.Select(a => a.Id), other.Actors.Select(a => a.Id));
        Assert.NotSame(first, latest.MergeActors(shared, [A("lina-okoro", 2)])); // another article: merged again
    }
}
