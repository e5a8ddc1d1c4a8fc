using Briefing.Data.Actors;
using Briefing.Data.Positions;
using Briefing.Data.Topics;

namespace Briefing.Web.Wall;

/// <summary>The wall's positions panel: pinned actors × pinned topics (in URL order), or, when none are pinned, the
/// actors and topics of the most recent positions. Bounded to what a screen can show.</summary>
public sealed record PositionMatrix(IReadOnlyList<TopicRef> Topics, IReadOnlyList<PositionMatrix.Row> Rows)
{
    public const int MaxActors = 6, MaxTopics = 5;

    public static readonly PositionMatrix Empty = new([], []);

    public sealed record Row(ActorRef Actor, IReadOnlyList<PositionView?> Cells);

    /// <param name="positions">Positions, most recently seen first (as the store returns them).</param>
    public static PositionMatrix Build(IReadOnlyList<PositionView> positions, IReadOnlyList<string> pinnedActorIds,
        IReadOnlyList<string> pinnedTopicIds)
    {
        var actors = pinnedActorIds.Count > 0
            ? pinnedActorIds.Select(id => positions.FirstOrDefault(p => p.Actor.Id == id)?.Actor).OfType<ActorRef>()
            : positions.Select(p => p.Actor).DistinctBy(a => a.Id);
        var actorList = actors.Take(MaxActors).ToList();
        var inRows = positions.Where(p => actorList.Any(a => a.Id == p.Actor.Id)).ToList();
        var topics = pinnedTopicIds.Count > 0
            ? pinnedTopicIds.Select(id => positions.FirstOrDefault(p => p.Topic.Id == id)?.Topic).OfType<TopicRef>()
            : inRows.Select(p => p.Topic).DistinctBy(t => t.Id);
        var topicList = topics.Take(MaxTopics).ToList();
        if (actorList.Count == 0 || topicList.Count == 0) return Empty;
        var rows = actorList.Select(actor => new Row(actor,
            topicList.Select(topic => inRows.FirstOrDefault(p => p.Actor.Id == actor.Id && p.Topic.Id == topic.Id)).ToList())).ToList();
        return new PositionMatrix(topicList, rows);
    }
}
