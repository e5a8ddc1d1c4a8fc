using System.Collections.Frozen;
using Briefing.Core.Watchlists;

namespace Briefing.Core.Extraction.Actors;

/// <summary>The watch-list prepared for lookups once per extractor (immutable, so shared across threads):
/// a watched actor's name and aliases give its canonical name; a person also matches by surname or by a
/// one-letter spelling variant of a long surname ("Ostrandar" → "Mira Ostrander").</summary>
internal sealed class WatchIndex
{
    public static readonly WatchIndex Empty = new(null);

    private readonly FrozenDictionary<string, WatchedActor> _byName;
    private readonly WatchedActor[] _people;

    public WatchIndex(Watchlist? watchlist)
    {
        var d = new Dictionary<string, WatchedActor>(StringComparer.Ordinal);
        var people = new List<WatchedActor>();
        foreach (var a in watchlist?.Actors ?? [])
        {
            d.TryAdd(ActorNames.Normalize(a.Name), a);
            foreach (var alias in a.Aliases)
            {
                d.TryAdd(ActorNames.Normalize(alias), a);
            }
            if (a.Kind == ActorKind.Person)
            {
                people.Add(a);
            }
        }
        _byName = d.ToFrozenDictionary(StringComparer.Ordinal);
        _people = people.ToArray();
    }

    public WatchedActor? Lookup(string name)
    {
        if (_byName.Count == 0)
        {
            return null;
        }
        if (_byName.TryGetValue(ActorNames.Normalize(name), out var a))
        {
            return a;
        }
        foreach (var p in _people)
        {
            if (ActorNames.LikelySame(p.Name, name))
            {
                return p;
            }
        }
        return null;
    }
}
