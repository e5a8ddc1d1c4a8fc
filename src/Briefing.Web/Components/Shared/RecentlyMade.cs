using System.Runtime.CompilerServices;

namespace Briefing.Web.Components.Shared;

/// <summary>Text made from a live item once for every screen: a small direct-mapped cache by reference (a live item
/// is one object for all circuits), holding the latest 1,024 items strongly. Not a ConditionalWeakTable, which keeps
/// a dependent handle per article and statement ever shown for every collection to scan. A miss only makes the text again.</summary>
public sealed class RecentlyMade<TKey, TValue>(Func<TKey, TValue> make) where TKey : class
{
    private const int Slots = 1024;
    private readonly Entry?[] _entries = new Entry?[Slots];

    public TValue Of(TKey key)
    {
        var slot = (RuntimeHelpers.GetHashCode(key) & int.MaxValue) % Slots;
        if (Volatile.Read(ref _entries[slot]) is { } entry && ReferenceEquals(entry.Key, key)) return entry.Value;
        var made = new Entry(key, make(key));
        Volatile.Write(ref _entries[slot], made);
        return made.Value;
    }

    private sealed record Entry(TKey Key, TValue Value);
}
