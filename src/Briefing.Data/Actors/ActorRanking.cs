namespace Briefing.Data.Actors;

/// <summary>The "most quoted first" order of all actors, computed by one query and reused for a few seconds.
/// Counting every actor's statements reads the whole statement index (over a second at a million statements), and
/// every dashboard load and actors page asks for it; open dashboards keep their own counts current from live events,
/// so a list at most <see cref="MaxAge"/> old after a write is what readers of the API see.</summary>
internal sealed class ActorRanking<TRow>(Func<int, IReadOnlyList<TRow>> compute, TimeProvider clock)
{
    /// <summary>Cached rows; past this many actors, deeper pages are read straight from the store.</summary>
    public const int CachedRows = 10_000;

    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan IdleMaxAge = TimeSpan.FromSeconds(60);

    private readonly Lock _gate = new();
    private (IReadOnlyList<TRow> Rows, DateTimeOffset At, long Writes)? _current;
    private long _writes;

    /// <summary>Something was written that may change the counts.</summary>
    public void Changed() => Interlocked.Increment(ref _writes);

    /// <summary>Rows offset..offset+limit of the ranking, or null when that page lies past the cached rows.</summary>
    public IReadOnlyList<TRow>? Page(int limit, int offset)
    {
        if (offset + limit > CachedRows) return null;
        var rows = Rows();
        return rows.Skip(offset).Take(limit).ToList();
    }

    private IReadOnlyList<TRow> Rows()
    {
        var now = clock.GetUtcNow();
        var writes = Interlocked.Read(ref _writes);
        if (_current is { } current && Fresh(current.At, current.Writes, now, writes)) return current.Rows;
        lock (_gate)
        {
            // One caller recomputes; the others that queued behind it use its result.
            if (_current is { } again && Fresh(again.At, again.Writes, clock.GetUtcNow(), Interlocked.Read(ref _writes))) return again.Rows;
            var rows = compute(CachedRows);
            _current = (rows, clock.GetUtcNow(), writes);
            return rows;
        }
    }

    private static bool Fresh(DateTimeOffset at, long seenWrites, DateTimeOffset now, long writes) =>
        now - at < (seenWrites == writes ? IdleMaxAge : MaxAge);
}
