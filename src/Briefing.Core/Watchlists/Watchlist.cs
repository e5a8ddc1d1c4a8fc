using Briefing.Core.Extraction;

namespace Briefing.Core.Watchlists;

/// <summary>The actors and topics staff care about (seeds/watchlist.json). Known actors get their canonical
/// name, aliases, role and affiliation from here; unknown actors are still discovered.</summary>
public sealed record Watchlist(IReadOnlyList<WatchedActor> Actors, IReadOnlyList<WatchedTopic> Topics)
{
    public static readonly Watchlist Empty = new([], []);
}

public sealed record WatchedActor(
    string Name,
    ActorKind Kind,
    IReadOnlyList<string> Aliases,
    string? Role = null,
    string? Affiliation = null);

/// <summary>A tracked topic. <see cref="Description"/> states the topic's proposition ("Veltria joins the Northern Pact"): a
/// stance is always toward that proposition. <see cref="Keywords"/> are words or phrases (a trailing <c>*</c> marks a
/// prefix: <c>negotiat*</c>); <see cref="SupportCues"/> / <see cref="OpposeCues"/> are optional phrases that assert or
/// deny the proposition ("restore", "cede"), extending the built-in stance lexicon for this topic only.
/// <see cref="Examples"/> are labelled statements (from the watch-list, the topics editor or analysts' corrections)
/// that the topic's learned stance head trains on.</summary>
public sealed record WatchedTopic(
    string Name,
    string Description,
    IReadOnlyList<string> Keywords,
    bool Urgent = false,
    IReadOnlyList<string>? SupportCues = null,
    IReadOnlyList<string>? OpposeCues = null,
    IReadOnlyList<TopicExample>? Examples = null);

/// <summary>A labelled statement for a topic: <see cref="Stance"/> Supports or Opposes the proposition, or
/// Unclear for a statement that takes no stance on it ("none" in files and APIs).</summary>
public sealed record TopicExample(string Text, Positions.Stance Stance);
