using System.Collections.Concurrent;

namespace Briefing.Data.Positions;

/// <summary>The newest evidence of recently read positions, kept while the position's revision is unchanged. Every
/// recompute of a position (new evidence, a curation, a reclassification) writes a new revision in the same
/// transaction, and readers check it against the row they just read, so an entry is never served after its position
/// changed — on any node. A page of 500 positions then reads its evidence from memory instead of running 500 queries.
/// Bounded: past <see cref="MaxItems"/> evidence items it starts over.</summary>
internal sealed class EvidenceCache
{
    public const int MaxItems = 50_000;

    private readonly ConcurrentDictionary<(string ActorId, string TopicId), Entry> _entries = new();
    private int _items;

    /// <summary>The cached evidence (at most <paramref name="limit"/>), or null when it must be read.</summary>
    public IReadOnlyList<EvidenceView>? Get(string actorId, string topicId, string? revision, int limit)
    {
        if (revision is null || !_entries.TryGetValue((actorId, topicId), out var entry) || entry.Revision != revision) return null;
        if (entry.Evidence.Count >= limit) return entry.Evidence.Count == limit ? entry.Evidence : entry.Evidence.Take(limit).ToList();
        // Fewer than were asked for when it was read: that was all there is.
        return entry.Evidence.Count < entry.Limit ? entry.Evidence : null;
    }

    public void Put(string actorId, string topicId, string? revision, int limit, IReadOnlyList<EvidenceView> evidence)
    {
        if (revision is null) return;
        if (Interlocked.Add(ref _items, evidence.Count) > MaxItems)
        {
            _entries.Clear();
            Interlocked.Exchange(ref _items, evidence.Count);
        }
        _entries[(actorId, topicId)] = new Entry(revision, limit, evidence);
    }

    private sealed record Entry(string Revision, int Limit, IReadOnlyList<EvidenceView> Evidence);
}
