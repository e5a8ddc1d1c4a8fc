using Briefing.Core.Positions.Learned;

namespace Briefing.Cli;

/// <summary>An embedder that remembers vectors in a file (text → vector), so repeated benchmark runs over the same
/// texts skip the model. Appends what it embedded on dispose.</summary>
public sealed class VectorCacheFile : ISentenceEmbedder, IDisposable
{
    private readonly string _path;
    private readonly ISentenceEmbedder _inner;
    private readonly Dictionary<string, float[]> _known = new(StringComparer.Ordinal);
    private readonly List<string> _added = [];

    public VectorCacheFile(string path, ISentenceEmbedder inner)
    {
        _path = path;
        _inner = inner;
        if (!File.Exists(path)) return;
        using var reader = new BinaryReader(File.OpenRead(path));
        while (reader.BaseStream.Position < reader.BaseStream.Length)
        {
            var text = reader.ReadString();
            var v = new float[reader.ReadInt32()];
            for (var i = 0; i < v.Length; i++) v[i] = reader.ReadSingle();
            _known[text] = v;
        }
    }

    public int Dimensions => _inner.Dimensions;

    public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        var missing = texts.Where(t => !_known.ContainsKey(t)).Distinct().ToArray();
        if (missing.Length > 0)
        {
            var vectors = _inner.Embed(missing, cancellationToken);
            for (var i = 0; i < missing.Length; i++) { _known[missing[i]] = vectors[i]; _added.Add(missing[i]); }
        }
        return texts.Select(t => _known[t]).ToArray();
    }

    public void Dispose()
    {
        if (_added.Count == 0) return;
        using var writer = new BinaryWriter(new FileStream(_path, FileMode.Append));
        foreach (var text in _added)
        {
            writer.Write(text);
            writer.Write(_known[text].Length);
            foreach (var x in _known[text]) writer.Write(x);
        }
    }
}
