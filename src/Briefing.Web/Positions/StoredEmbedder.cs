using Briefing.Core.Positions.Learned;
using Briefing.Data.Vectors;
using Briefing.Embeddings;

namespace Briefing.Web.Positions;

/// <summary>MiniLM vectors through the store: a text already embedded is read back, never re-embedded. The model
/// loads on first need (a second or two), once per process.</summary>
public sealed class StoredEmbedder(VectorStore store) : ISentenceEmbedder
{
    public int Dimensions => 384;

    public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        var known = store.Find([.. texts]);
        var missing = texts.Where(t => !known.ContainsKey(t)).Distinct().ToArray();
        if (missing.Length > 0)
        {
            var vectors = MiniLmEmbedder.Background.Embed(missing, cancellationToken);
            var fresh = new List<(string, float[])>(missing.Length);
            for (var i = 0; i < missing.Length; i++) { known[missing[i]] = vectors[i]; fresh.Add((missing[i], vectors[i])); }
            store.Save(fresh);
        }
        return [.. texts.Select(t => known[t])];
    }

    /// <summary>Vectors already stored, without loading the model (null where none is stored yet).</summary>
    public float[]?[] Stored(IReadOnlyList<string> texts)
    {
        var known = store.Find([.. texts]);
        return [.. texts.Select(t => known.GetValueOrDefault(t))];
    }
}
