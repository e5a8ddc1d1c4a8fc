namespace Briefing.Data.Inbox;

/// <summary>Locality-sensitive index over the signatures of recent articles: a copy with Jaccard ≥ ~0.8 shares at
/// least one band with its original with near certainty, so only a handful of candidates are compared.
/// Bounded: the oldest entries are forgotten past <see cref="Capacity"/>.</summary>
public sealed class NearCopyIndex(int capacity = 20_000)
{
    private const int Bands = 16;
    private const int Rows = MinHash.Size / Bands;

    private readonly Dictionary<(int Band, ulong Key), List<string>> _buckets = new();
    private readonly Dictionary<string, uint[]> _signatures = new();
    private readonly Queue<string> _order = new();

    public int Capacity => capacity;
    public int Count => _signatures.Count;

    /// <summary>The most similar indexed article at or above <paramref name="threshold"/>, if any.</summary>
    public (string Id, double Similarity)? Find(uint[] signature, double threshold)
    {
        (string Id, double Similarity)? best = null;
        for (var band = 0; band < Bands; band++)
        {
            if (!_buckets.TryGetValue((band, BandKey(signature, band)), out var ids)) continue;
            foreach (var id in ids)
            {
                var similarity = MinHash.Similarity(signature, _signatures[id]);
                if (similarity >= threshold && (best is null || similarity > best.Value.Similarity)) best = (id, similarity);
            }
        }
        return best;
    }

    public void Add(string id, uint[] signature)
    {
        if (!_signatures.TryAdd(id, signature)) return;
        _order.Enqueue(id);
        for (var band = 0; band < Bands; band++)
        {
            var key = (band, BandKey(signature, band));
            if (!_buckets.TryGetValue(key, out var ids)) _buckets[key] = ids = [];
            ids.Add(id);
        }
        while (_signatures.Count > capacity) Remove(_order.Dequeue());
    }

    private void Remove(string id)
    {
        if (!_signatures.Remove(id, out var signature)) return;
        for (var band = 0; band < Bands; band++)
        {
            var key = (band, BandKey(signature, band));
            if (_buckets.TryGetValue(key, out var ids) && ids.Remove(id) && ids.Count == 0) _buckets.Remove(key);
        }
    }

    private static ulong BandKey(uint[] signature, int band)
    {
        var hash = 14695981039346656037UL;
        for (var r = 0; r < Rows; r++) hash = (hash ^ signature[band * Rows + r]) * 1099511628211UL;
        return hash;
    }
}
