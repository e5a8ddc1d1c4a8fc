namespace Briefing.Core.Positions.Learned;

/// <summary>Turns statements into unit-length sentence vectors (all-MiniLM-L6-v2 in the app, see
/// Briefing.Embeddings). Core holds only this seam so extraction and the cue analysis stay free of ONNX.</summary>
public interface ISentenceEmbedder
{
    int Dimensions { get; }

    float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default);
}

public static class Vectors
{
    public static double Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        double sum = 0;
        var n = Math.Min(a.Length, b.Length);
        for (var i = 0; i < n; i++) sum += a[i] * b[i];
        return sum;
    }

    /// <summary>The unit-length mean of <paramref name="vectors"/> (empty when there are none).</summary>
    public static float[] UnitMean(IReadOnlyList<float[]> vectors)
    {
        var mean = new float[vectors.Count == 0 ? 0 : vectors[0].Length];
        foreach (var v in vectors) for (var j = 0; j < mean.Length; j++) mean[j] += v[j];
        var norm = (float)Math.Max(Math.Sqrt(Dot(mean, mean)), 1e-6);
        for (var j = 0; j < mean.Length; j++) mean[j] /= norm;
        return mean;
    }

    /// <summary>A vector as bytes for the store (little-endian float32), and back.</summary>
    public static byte[] ToBytes(float[] v)
    {
        var bytes = new byte[v.Length * 4];
        Buffer.BlockCopy(v, 0, bytes, 0, bytes.Length);
        return bytes;
    }

    public static float[] FromBytes(byte[] bytes)
    {
        var v = new float[bytes.Length / 4];
        Buffer.BlockCopy(bytes, 0, v, 0, v.Length * 4);
        return v;
    }
}
