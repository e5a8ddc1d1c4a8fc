using Briefing.Data.Actors;
using Briefing.Data.Briefs;
using Briefing.Data.Positions;
using Briefing.Data.Topics;

namespace Briefing.Web.Briefs;

/// <summary>What staff take away: the positions (topics × actors), the positions that changed, the most-carried
/// quotes and every matching statement, for one set of filters. Every format (page, Markdown, JSON, CSV, Excel) is
/// rendered from this one model.</summary>
public sealed record Brief(
    string Title,
    DateTimeOffset GeneratedAt,
    DateTimeOffset? Since,
    BriefFilter Filter,
    IReadOnlyList<ActorRef> Actors,
    IReadOnlyList<TopicRef> Topics,
    IReadOnlyList<string> Outlets,
    IReadOnlyList<PositionView> Positions,
    IReadOnlyList<PositionView> Changed,
    IReadOnlyList<BriefStatement> MostCarried,
    IReadOnlyList<BriefStatement> Statements,
    bool Truncated)
{
    /// <summary>One line saying what the brief covers: "Aldo Varga · Harbour access · since 2025-02-14 09:00 UTC".</summary>
    public string Scope
    {
        get
        {
            var parts = new List<string>();
            if (Actors.Count > 0) parts.Add(string.Join(", ", Actors.Select(a => a.Name)));
            if (Topics.Count > 0) parts.Add(string.Join(", ", Topics.Select(t => t.Name)));
            if (Outlets.Count > 0) parts.Add("from " + string.Join(", ", Outlets));
            parts.Add(Since is { } since ? $"since {since.UtcDateTime:yyyy-MM-dd HH:mm} UTC" : "all time");
            return string.Join(" · ", parts);
        }
    }

    /// <summary>The statements grouped by speaker, busiest first ("Unattributed" last).</summary>
    public IEnumerable<IGrouping<string, BriefStatement>> BySpeaker =>
        Statements.GroupBy(s => s.Speaker?.Name ?? "Unattributed")
            .OrderBy(g => g.Key == "Unattributed").ThenByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.OrdinalIgnoreCase);
}

/// <summary>Builds a <see cref="Brief"/>: resolves the filter's names against the stores and reads the sections.</summary>
public sealed class BriefBuilder(ActorStore actors, TopicStore topics, PositionStore positions, BriefStore briefs, TimeProvider clock)
{
    public const int MaxStatements = 2000;
    private const int MostCarriedCount = 10;

    /// <summary>The brief, or the names that do not resolve (each with the field it came from).</summary>
    public (Brief? Brief, string? Unknown) Build(BriefFilter filter)
    {
        var now = clock.GetUtcNow();
        var actorRefs = new List<ActorRef>();
        foreach (var name in filter.Actors)
        {
            if (actors.Find(name) is not { } actor) return (null, $"No actor with id, name or alias '{name}' (\"actor\").");
            if (actorRefs.All(a => a.Id != actor.Id)) actorRefs.Add(new ActorRef(actor.Id, actor.Name));
        }
        var topicRefs = new List<TopicRef>();
        foreach (var name in filter.Topics)
        {
            if (topics.Find(name) is not { } topic) return (null, $"No topic with id or name '{name}' (\"topic\").");
            if (topicRefs.All(t => t.Id != topic.Id)) topicRefs.Add(new TopicRef(topic.Id, topic.Name));
        }
        var since = filter.Since is null ? null : BriefFilter.SinceInstant(filter.Since, now);
        var actorIds = actorRefs.Count > 0 ? actorRefs.Select(a => a.Id).ToArray() : null;
        var topicIds = topicRefs.Count > 0 ? topicRefs.Select(t => t.Id).ToArray() : null;

        var statements = briefs.Statements(new BriefQuery(actorIds, topicIds, since, filter.Outlets, MaxStatements + 1)).ToList();
        var truncated = statements.Count > MaxStatements;
        if (truncated) statements.RemoveRange(MaxStatements, statements.Count - MaxStatements);
        var matrix = positions.Query(new PositionQuery(actorIds, topicIds, Since: since, EvidenceLimit: 3))
            .OrderBy(p => p.Topic.Name, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.Actor.Name, StringComparer.OrdinalIgnoreCase).ToList();
        var changed = matrix.Where(p => p.ShiftedAt is { } at && (since is null || at >= since))
            .OrderByDescending(p => p.ShiftedAt).ToList();
        var mostCarried = statements.Where(s => s.Outlets > 1)
            .OrderByDescending(s => s.Outlets).ThenByDescending(s => s.IsQuote).ThenByDescending(s => s.At)
            .Take(MostCarriedCount).ToList();

        var title = actorRefs.Count == 1 ? $"Brief: {actorRefs[0].Name}"
            : topicRefs.Count == 1 ? $"Brief: {topicRefs[0].Name}"
            : filter.Since is "24h" or "1d" ? "Daily brief" : "Brief";
        return (new Brief(title, now, since, filter, actorRefs, topicRefs, filter.Outlets, matrix, changed, mostCarried, statements, truncated), null);
    }
}
