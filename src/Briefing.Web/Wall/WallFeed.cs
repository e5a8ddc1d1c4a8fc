namespace Briefing.Web.Wall;

/// <summary>A newest-first list that never holds more than its capacity, however long the wall runs. Items that
/// arrived live remember when, so the view can highlight them for a few seconds.</summary>
public sealed class WallFeed<T>(int capacity, Func<T, string> idOf)
{
    private readonly List<FeedEntry<T>> _entries = [];

    public int Capacity { get; } = Math.Max(1, capacity);

    public IReadOnlyList<FeedEntry<T>> Entries => _entries;

    /// <summary>Replaces the contents with items loaded from the store (not highlighted).</summary>
    public void Reset(IEnumerable<T> newestFirst)
    {
        _entries.Clear();
        _entries.AddRange(newestFirst.Take(Capacity).Select(item => new FeedEntry<T>(item, null)));
    }

    /// <summary>Replaces an item in place (keeping its highlight), or removes it when <paramref name="item"/> is null.
    /// Returns whether the item was on the wall.</summary>
    public bool Update(string id, T? item)
    {
        var index = _entries.FindIndex(entry => idOf(entry.Value) == id);
        if (index < 0) return false;
        if (item is null) _entries.RemoveAt(index);
        else _entries[index] = _entries[index] with { Value = item };
        return true;
    }

    /// <summary>Puts a block of live items (kept in their order) on top, replacing older copies of the same ids.</summary>
    public void Push(IReadOnlyList<T> block, DateTimeOffset arrivedAt)
    {
        if (block.Count == 0) return;
        var ids = block.Select(idOf).ToHashSet(StringComparer.Ordinal);
        _entries.RemoveAll(entry => ids.Contains(idOf(entry.Value)));
        _entries.InsertRange(0, block.Take(Capacity).Select(item => new FeedEntry<T>(item, arrivedAt)));
        if (_entries.Count > Capacity) _entries.RemoveRange(Capacity, _entries.Count - Capacity);
    }
}

public sealed record FeedEntry<T>(T Value, DateTimeOffset? ArrivedAt)
{
    public bool IsNew(DateTimeOffset now, TimeSpan highlight) => ArrivedAt is { } at && now - at < highlight;
}
