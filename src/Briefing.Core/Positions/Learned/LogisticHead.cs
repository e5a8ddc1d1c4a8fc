namespace Briefing.Core.Positions.Learned;

/// <summary>Multinomial logistic regression with L2 regularisation, trained by full-batch gradient descent with
/// momentum. Small on purpose: a topic has tens to a few thousand examples of ~390 features, so training takes
/// milliseconds and needs no library. Thread-safe once trained.</summary>
public sealed class LogisticHead
{
    private readonly double[][] _weights; // [class][feature + bias]
    private readonly double[] _mean, _scale; // features are standardised: one L2 strength suits every feature

    public int Classes => _weights.Length;

    private LogisticHead(double[][] weights, double[] mean, double[] scale) => (_weights, _mean, _scale) = (weights, mean, scale);

    /// <summary>Trains on <paramref name="x"/> (rows of equal length) with labels 0..classes-1. Classes are weighted
    /// inversely to their frequency, so a topic with few "none" examples still learns them. <paramref name="penalty"/>:
    /// an optional L2 multiplier per feature (a few telling features among hundreds can be held less tightly).
    /// <paramref name="prior"/>: weights [class][feature] on the raw features that training starts from and the L2
    /// penalty pulls toward (instead of zero), so a few examples refine what is already known (see
    /// <see cref="TopicPrior"/>).</summary>
    public static LogisticHead Train(IReadOnlyList<float[]> x, IReadOnlyList<int> y, int classes,
        double l2 = 0.3, int iterations = 200, double rate = 0.1, IReadOnlyList<double>? penalty = null, double[][]? prior = null)
    {
        ArgumentOutOfRangeException.ThrowIfZero(x.Count);
        if (x.Count != y.Count) throw new ArgumentException("x and y differ in length");
        var d = x[0].Length;
        var mean = new double[d];
        var scale = new double[d];
        foreach (var row in x) for (var j = 0; j < d; j++) mean[j] += row[j];
        for (var j = 0; j < d; j++) mean[j] /= x.Count;
        foreach (var row in x) for (var j = 0; j < d; j++) scale[j] += (row[j] - mean[j]) * (row[j] - mean[j]);
        for (var j = 0; j < d; j++) scale[j] = 1 / Math.Sqrt(scale[j] / x.Count + 1e-6);
        var original = x;
        x = original.Select(row => Standardise(row, mean, scale)).ToArray();
        var w = new double[classes][];
        var velocity = new double[classes][];
        var grad = new double[classes][];
        var anchor = new double[classes][];
        for (var k = 0; k < classes; k++)
        {
            velocity[k] = new double[d + 1];
            grad[k] = new double[d + 1];
            anchor[k] = new double[d + 1];
            // On standardised features z = (x − mean)·scale, a raw weight w contributes (w / scale)·z.
            if (prior is not null) for (var j = 0; j < d; j++) anchor[k][j] = prior[k][j] / scale[j];
            w[k] = (double[])anchor[k].Clone();
        }

        var counts = new int[classes];
        foreach (var label in y) counts[label]++;
        var weightOf = new double[classes];
        for (var k = 0; k < classes; k++) weightOf[k] = counts[k] == 0 ? 0 : (double)x.Count / (classes * counts[k]);
        var totalWeight = 0.0;
        foreach (var label in y) totalWeight += weightOf[label];

        var p = new double[classes];
        for (var it = 0; it < iterations; it++)
        {
            foreach (var g in grad) Array.Clear(g);
            for (var i = 0; i < x.Count; i++)
            {
                Probabilities(w, x[i], p);
                var sw = weightOf[y[i]] / totalWeight;
                for (var k = 0; k < classes; k++)
                {
                    var err = (p[k] - (y[i] == k ? 1 : 0)) * sw;
                    if (err == 0) continue;
                    var gk = grad[k];
                    var row = x[i];
                    for (var j = 0; j < d; j++) gk[j] += err * row[j];
                    gk[d] += err;
                }
            }
            for (var k = 0; k < classes; k++)
                for (var j = 0; j <= d; j++)
                {
                    var g = grad[k][j] + (j < d ? l2 * (penalty?[j] ?? 1) * (w[k][j] - anchor[k][j]) : 0);
                    velocity[k][j] = 0.9 * velocity[k][j] - rate * g;
                    w[k][j] += velocity[k][j];
                }
        }
        return new LogisticHead(w, mean, scale);
    }

    public double[] Predict(float[] x)
    {
        var p = new double[_weights.Length];
        Probabilities(_weights, Standardise(x, _mean, _scale), p);
        return p;
    }

    /// <summary>Writes the trained head (for a model shipped with the code), read back by <see cref="Read"/>.</summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(_weights.Length);
        writer.Write(_mean.Length);
        foreach (var wk in _weights) foreach (var x in wk) writer.Write(x);
        foreach (var x in _mean) writer.Write(x);
        foreach (var x in _scale) writer.Write(x);
    }

    public static LogisticHead Read(BinaryReader reader)
    {
        var classes = reader.ReadInt32();
        var d = reader.ReadInt32();
        if (classes is < 2 or > 16 || d is < 1 or > 1 << 16) throw new InvalidDataException("not a logistic head");
        var weights = new double[classes][];
        for (var k = 0; k < classes; k++) weights[k] = Doubles(reader, d + 1);
        return new LogisticHead(weights, Doubles(reader, d), Doubles(reader, d));
    }

    private static double[] Doubles(BinaryReader reader, int n)
    {
        var v = new double[n];
        for (var i = 0; i < n; i++) v[i] = reader.ReadDouble();
        return v;
    }

    private static float[] Standardise(float[] row, double[] mean, double[] scale)
    {
        var z = new float[row.Length];
        for (var j = 0; j < row.Length; j++) z[j] = (float)((row[j] - mean[j]) * scale[j]);
        return z;
    }

    private static void Probabilities(double[][] w, float[] x, double[] p)
    {
        var max = double.NegativeInfinity;
        for (var k = 0; k < w.Length; k++)
        {
            var wk = w[k];
            var d = wk.Length - 1;
            var s = wk[d];
            for (var j = 0; j < d; j++) s += wk[j] * x[j];
            p[k] = s;
            if (s > max) max = s;
        }
        var sum = 0.0;
        for (var k = 0; k < w.Length; k++) { p[k] = Math.Exp(p[k] - max); sum += p[k]; }
        for (var k = 0; k < w.Length; k++) p[k] /= sum;
    }
}
