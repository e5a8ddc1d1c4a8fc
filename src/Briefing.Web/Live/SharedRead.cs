namespace Briefing.Web.Live;

/// <summary>A store read shared by every open view: taken at most once per published change, however many screens
/// ask for it (a thousand dashboards opening, or reloading after a burst, cost one query, not a thousand). The value
/// is immutable and shared, so each view holds references, not its own copy. A read taken at notifier version V holds
/// everything published up to V, because events are published only after they were committed.</summary>
public sealed class SharedRead<T>(LiveNotifier notifier, Func<T> read) where T : class
{
    private readonly Lock _gate = new();
    private Entry? _entry;

    public T Get()
    {
        if (Volatile.Read(ref _entry) is { } entry && entry.Version == notifier.Version) return entry.Value;
        lock (_gate)
        {
            // Another view may have read it while this one waited for the lock.
            if (_entry is { } fresh && fresh.Version == notifier.Version) return fresh.Value;
            var version = notifier.Version; // taken before the read: a change published during it forces the next read
            var value = read();
            Volatile.Write(ref _entry, new Entry(version, value));
            return value;
        }
    }

    private sealed record Entry(long Version, T Value);
}
