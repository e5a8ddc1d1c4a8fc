namespace Briefing.Core.Positions.Learned;

/// <summary>What a topic's few labelled examples (both sides) teach beyond the sentiment prior: a linear reading on the
/// sentence vector fitted to the examples' labels with the prior's reading of each example as a fixed offset, so it
/// learns only where the prior reads this topic wrong (a word that is praise here, a sub-target the proposition is
/// against), not what the prior already gets right. Both sides weigh the same however many examples each has, and
/// there is no intercept: no side is favoured, and a topic with examples of one side gets none (see
/// <see cref="FewShotCombiner"/>). Fitted by a fixed number of gradient steps (deterministic, ~10 examples × 384
/// dimensions: microseconds). Immutable once trained.</summary>
public sealed class SentimentResidual
{
    /// <summary>Scale of the prior's log-odds used as the offset, and the L2 strength (per example); chosen on the IBM
    /// tuning folds with the combiner's weights (scripts/stance/fewshot-draws.py).</summary>
    public const double OffsetScale = 1.3, L2 = 1;

    private const int Steps = 300;
    private const double Rate = 5;
    private readonly float[] _weights;

    private SentimentResidual(float[] weights) => _weights = weights;

    /// <summary>The residual reading of a statement's vector (log-odds of supports, to add to the prior's).</summary>
    public double Read(float[] vector) => Vectors.Dot(vector, _weights);

    /// <param name="examples">Each example's vector, whether it supports (else it opposes), and the prior's log-odds
    /// that it supports (its sentiment log-odds times the proposition's polarity).</param>
    /// <returns>Null unless both sides have an example.</returns>
    public static SentimentResidual? Train(IReadOnlyList<(float[] Vector, bool Supports, double PriorLogOdds)> examples)
    {
        var supporting = examples.Count(e => e.Supports);
        var opposing = examples.Count - supporting;
        if (supporting == 0 || opposing == 0) return null;
        var d = examples[0].Vector.Length;
        var v = new double[d];
        var g = new double[d];
        for (var step = 0; step < Steps; step++)
        {
            for (var j = 0; j < d; j++) g[j] = L2 / examples.Count * v[j];
            foreach (var (x, supports, prior) in examples)
            {
                var y = supports ? 1.0 : -1.0;
                var weight = 1.0 / (2 * (supports ? supporting : opposing)); // each side weighs one half
                var margin = OffsetScale * prior;
                for (var j = 0; j < d; j++) margin += v[j] * x[j];
                var err = weight * y / (1 + Math.Exp(y * margin));
                for (var j = 0; j < d; j++) g[j] -= err * x[j];
            }
            for (var j = 0; j < d; j++) v[j] -= Rate * g[j];
        }
        return new SentimentResidual([.. v.Select(w => (float)w)]);
    }
}
