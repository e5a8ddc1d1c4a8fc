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

public sealed record WatchedTopic(
    string Name,
    string Description,
    IReadOnlyList<string> Keywords,
    bool Urgent = false);
