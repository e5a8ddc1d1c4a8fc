using System.Runtime.CompilerServices;

namespace Briefing.Web.Components.Shared;

/// <summary>Something made from a live item once for every screen: a small direct-mapped cache by reference (a live
/// item is one object for all circuits), holding the latest few items strongly. Not a ConditionalWeakTable, which keeps
/// a dependent handle per item ever shown for every collection to scan (and, when a value is the key of the next
/// entry, a chain the GC walks link by link). A miss only makes it again.</summary>
public sealed class RecentlyMade<TKey, TValue>(Func<TKey, TValue>? make = null, int slots = 1024) where TKey : class
{
    private readonly Entry?[] _entries = new Entry?[Math.Max(1, slots)];

    /// <summary>The value made for <paramref name="key"/> (with the constructor's maker), made now on a miss.</summary>
    public TValue Of(TKey key)
    {
        if (TryGet(key, out var value)) return value;
        value = (make ?? throw new InvalidOperationException("no maker given")).Invoke(key);
        Put(key, value);
        return value;
    }

    public bool TryGet(TKey key, out TValue value)
    {
        if (Volatile.Read(ref _entries[SlotOf(key)]) is { } entry && ReferenceEquals(entry.Key, key))
        {
            value = entry.Value;
            return true;
        }
        value = default!;
        return false;
    }

    public void Put(TKey key, TValue value) => Volatile.Write(ref _entries[SlotOf(key)], new Entry(key, value));

    private int SlotOf(TKey key) => (RuntimeHelpers.GetHashCode(key) & int.MaxValue) % _entries.Length;

    private sealed record Entry(TKey Key, TValue Value);
}
