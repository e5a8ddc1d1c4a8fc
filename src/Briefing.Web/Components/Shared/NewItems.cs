namespace Briefing.Web.Components.Shared;

/// <summary>Remembers which items arrived live, so they can be marked NEW for a while, and forgets them after.
/// Bounded: a screen left open for weeks does not accumulate ids.</summary>
public sealed class NewItems(TimeProvider clock, TimeSpan markedFor)
{
    private readonly Dictionary<string, DateTimeOffset> _arrived = new();

    public void Add(string id) => _arrived[id] = clock.GetUtcNow();

    public bool IsNew(string id) =>
        _arrived.TryGetValue(id, out var arrived) && clock.GetUtcNow() - arrived < markedFor;

    /// <summary>Drops expired marks; returns whether any were dropped (the view needs a render).</summary>
    public bool Expire()
    {
        var now = clock.GetUtcNow();
        var expired = _arrived.Where(pair => now - pair.Value >= markedFor).Select(pair => pair.Key).ToList();
        foreach (var id in expired) _arrived.Remove(id);
        return expired.Count > 0;
    }
}
