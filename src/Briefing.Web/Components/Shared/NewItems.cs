namespace Briefing.Web.Components.Shared;

/// <summary>Remembers which items arrived live, so they can be marked NEW for a while, and forgets them after.
/// Bounded in time and in count: a view shows a few dozen items, so it needs marks only for the latest
/// <paramref name="capacity"/> arrivals. Without the count bound, a screen open during a burst of 1,000 articles/s
/// kept 300,000 marks per view for their five minutes — on a hundred screens, hundreds of megabytes of long-lived dictionaries
/// (regrown on the large-object heap) that every full collection had to walk.</summary>
public sealed class NewItems(TimeProvider clock, TimeSpan markedFor, int capacity = NewItems.DefaultCapacity)
{
    /// <summary>Above every live list's cap (the dashboard shows 30/60/40 items, the positions matrix a few hundred cells).</summary>
    public const int DefaultCapacity = 512;

    private readonly Dictionary<string, Mark> _arrived = new();
    // Arrival order, oldest first; an id marked again is in it twice, and only its latest mark counts.
    private readonly Queue<(string Id, Mark Mark)> _order = new();
    private long _serial;

    private readonly record struct Mark(long Serial, DateTimeOffset At);

    public void Add(string id)
    {
        var mark = new Mark(++_serial, clock.GetUtcNow());
        _arrived[id] = mark;
        _order.Enqueue((id, mark));
        while (_order.Count > Math.Max(1, capacity)) Forget(_order.Dequeue());
    }

    public bool IsNew(string id) =>
        _arrived.TryGetValue(id, out var arrived) && clock.GetUtcNow() - arrived.At < markedFor;

    /// <summary>Drops expired marks; returns whether any were dropped (the view needs a render).</summary>
    public bool Expire()
    {
        var now = clock.GetUtcNow();
        var dropped = false;
        while (_order.TryPeek(out var oldest) && now - oldest.Mark.At >= markedFor) dropped |= Forget(_order.Dequeue());
        return dropped;
    }

    private bool Forget((string Id, Mark Mark) entry) =>
        _arrived.TryGetValue(entry.Id, out var latest) && latest == entry.Mark && _arrived.Remove(entry.Id);
}
