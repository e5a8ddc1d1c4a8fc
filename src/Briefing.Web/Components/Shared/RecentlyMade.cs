using System.Runtime.CompilerServices;

namespace Briefing.Web.Components.Shared;

/// <summary>Something made from a live item once for every screen: a small direct-mapped cache by reference (a live
/// item is one object for all circuits), holding the latest few items strongly. Not a ConditionalWeakTable, which keeps
/// a dependent handle per item ever shown for every collection to scan (and, when a value is the key of the next
/// entry, a chain the GC walks link by link). A miss only makes it again.</summary>
public sealed class RecentlyMade<TKey, TValue>(Func<TKey, TValue> make, int slots = 1024) where TKey : class
{
    private readonly Entry?[] _entries = new Entry?[Math.Max(1, slots)];

    /// <summary>The value made for <paramref name="key"/>, made now on a miss.</summary>
    public TValue Of(TKey key)
    {
        ref var slot = ref _entries[(RuntimeHelpers.GetHashCode(key) & int.MaxValue) % _entries.Length];
        if (Volatile.Read(ref slot) is { } entry && ReferenceEquals(entry.Key, key)) return entry.Value;
        var value = make(key);
        Volatile.Write(ref slot, new Entry(key, value));
        return value;
    }

    private sealed record Entry(TKey Key, TValue Value);
}
