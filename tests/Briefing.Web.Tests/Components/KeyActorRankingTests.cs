using Briefing.Data.Actors;
using Briefing.Web.Components.Pages.Dashboard;
using Briefing.Web.Components.Shared;

namespace Briefing.Web.Tests.Components;

/// <summary>"Key actors" folds each article's actors into the screen's ranked list without a query.</summary>
public sealed class KeyActorRankingTests
{
    private static ActorView A(string id, int statements) => new(id, id, "person", null, null, [], statements);

    private static NewItems Marks() => new(TimeProvider.System, TimeSpan.FromMinutes(5));

    [Fact]
    public void An_article_s_actors_are_ranked_in_with_their_fresh_counts_and_new_ones_are_marked()
    {
        var ranking = new KeyActorRanking();
        ranking.Reset([A("aldo-varga", 5), A("lina-okoro", 3), A("petra-solvik", 3)]);
        var marks = Marks();

        ranking.Fold([A("petra-solvik", 4), A("tomas-reyl", 1)], marks);

        Assert.Equal(["aldo-varga", "petra-solvik", "lina-okoro", "tomas-reyl"], ranking.Actors.Select(a => a.Id));
        Assert.Equal(4, ranking.Actors[1].StatementCount);
        Assert.True(marks.IsNew("tomas-reyl"));
        Assert.False(marks.IsNew("petra-solvik")); // already listed: a new count, not a new actor
    }

    [Fact]
    public void Equal_counts_keep_their_place_and_newcomers_follow_in_the_order_they_came()
    {
        var ranking = new KeyActorRanking();
        ranking.Reset([A("aldo-varga", 5), A("lina-okoro", 2)]);

        ranking.Fold([A("lina-okoro", 5), A("tomas-reyl", 2), A("ines-marrow", 2), A("tomas-reyl", 2)], Marks());

        Assert.Equal(["aldo-varga", "lina-okoro", "tomas-reyl", "ines-marrow"], ranking.Actors.Select(a => a.Id));
    }

    [Fact]
    public void Folding_article_by_article_ranks_as_a_full_sort_of_the_latest_counts_and_keeps_the_top_forty()
    {
        var ranking = new KeyActorRanking();
        ranking.Reset([]);
        var latest = new Dictionary<string, int>();
        var random = new Random(7);
        for (var article = 0; article < 300; article++)
        {
            var arrived = Enumerable.Range(0, random.Next(1, 4))
                .Select(_ => $"actor-{random.Next(80)}").Distinct()
                .Select(id => A(id, latest[id] = latest.GetValueOrDefault(id) + 1)).ToArray();
            ranking.Fold(arrived, Marks());
        }

        Assert.Equal(DashboardLatest.MaxActors, ranking.Actors.Count);
        Assert.Equal(latest.Values.OrderDescending().Take(DashboardLatest.MaxActors), ranking.Actors.Select(a => a.StatementCount));
        Assert.All(ranking.Actors, a => Assert.Equal(latest[a.Id], a.StatementCount));
    }
}
