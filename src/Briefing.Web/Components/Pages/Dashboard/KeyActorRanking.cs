using Briefing.Data.Actors;
using Briefing.Web.Components.Shared;

namespace Briefing.Web.Components.Pages.Dashboard;

/// <summary>One dashboard's "Key actors", kept ranked by statements as articles arrive: each article's actors (with
/// their fresh counts) are folded into the list in place, without a query. Ties keep their place and actors new to
/// the list go after those already in it (in the order they came), so folding article by article ranks exactly as a
/// full re-sort would. The list is the screen's own: a shared merge per list missed at 1,000 articles/s (screens a
/// frame or more apart hold different lists), and its dictionaries and sorts were ~75% of the server's allocations
/// with 100 dashboards; this fold allocates nothing.</summary>
public sealed class KeyActorRanking
{
    private readonly List<ActorView> _actors = new(DashboardLatest.MaxActors + 8);

    public IReadOnlyList<ActorView> Actors => _actors;

    /// <summary>Starts again from <paramref name="actors"/> (ranked, as read from the store).</summary>
    public void Reset(IReadOnlyList<ActorView> actors)
    {
        _actors.Clear();
        for (var i = 0; i < actors.Count && i < DashboardLatest.MaxActors; i++) _actors.Add(actors[i]);
    }

    /// <summary>Folds an article's actors in; <paramref name="added"/> gets the id of each one the list did not hold.</summary>
    public void Fold(IReadOnlyList<ActorView> arrived, NewItems added)
    {
        foreach (var actor in arrived)
        {
            var at = IndexOf(actor.Id);
            if (at >= 0) _actors[at] = actor;
            else
            {
                _actors.Add(actor);
                added.Add(actor.Id);
            }
        }
        RankByStatements();
        if (_actors.Count > DashboardLatest.MaxActors) _actors.RemoveRange(DashboardLatest.MaxActors, _actors.Count - DashboardLatest.MaxActors);
    }

    private int IndexOf(string id)
    {
        for (var i = 0; i < _actors.Count; i++)
            if (string.Equals(_actors[i].Id, id, StringComparison.Ordinal)) return i;
        return -1;
    }

    // A stable insertion sort, most statements first: the list was ranked before the fold, so only the actors that
    // changed or came in move, and equal counts keep their order.
    private void RankByStatements()
    {
        for (var i = 1; i < _actors.Count; i++)
        {
            var actor = _actors[i];
            var j = i - 1;
            while (j >= 0 && _actors[j].StatementCount < actor.StatementCount)
            {
                _actors[j + 1] = _actors[j];
                j--;
            }
            _actors[j + 1] = actor;
        }
    }
}
