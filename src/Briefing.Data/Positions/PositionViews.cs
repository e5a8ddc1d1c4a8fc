using Briefing.Core.Extraction;
using Briefing.Core.Positions;
using Briefing.Data.Actors;
using Briefing.Data.Topics;

namespace Briefing.Data.Positions;

/// <summary>One statement classified into one topic, with the words that made the match and the stance.</summary>
public sealed record StatementTopic(
    string StatementId,
    string TopicId,
    Stance Stance,
    double Confidence,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<string> Cues,
    TextSpan? Focus = null);

public sealed record EvidenceView(
    string StatementId,
    string Text,
    string ArticleId,
    Stance Stance,
    double Confidence,
    DateTimeOffset SeenAt,
    string ArticleTitle,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<string> Cues);

/// <summary>An actor's position on a topic (the public API and hub shape, plus first seen and the last shift).</summary>
public sealed record PositionView(
    ActorRef Actor,
    TopicRef Topic,
    Stance Stance,
    double Confidence,
    string Summary,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen,
    DateTimeOffset? ShiftedAt,
    Stance? ShiftedFrom,
    IReadOnlyList<EvidenceView> Evidence);

/// <summary>A position that an article touched; <see cref="Shift"/> when its stance moved.</summary>
public sealed record PositionChange(string ActorId, string TopicId, bool Shift);

/// <summary>Filters for positions; null means "any". <see cref="EvidenceLimit"/>: each position's newest evidence
/// (0: none, for views that show stances only).</summary>
public sealed record PositionQuery(
    IReadOnlyCollection<string>? ActorIds = null,
    IReadOnlyCollection<string>? TopicIds = null,
    Stance? Stance = null,
    DateTimeOffset? Since = null,
    int EvidenceLimit = 10,
    int? Limit = null,
    int Offset = 0);


/// <summary>How many positions an actor holds among those that match a query.</summary>
public sealed record ActorTally(ActorRef Actor, int Positions);

/// <summary>The positions that match a query, counted per actor, and the topics they are on.</summary>
public sealed record PositionTally(IReadOnlyList<ActorTally> Actors, IReadOnlyList<string> TopicIds)
{
    public int Total => Actors.Sum(a => a.Positions);
}
