using Briefing.Core.Watchlists;

namespace Briefing.Core.Positions.Learned;

/// <summary>What a topic says about itself, as a starting point for its head: 25 labelled examples then refine a
/// prior instead of starting from zero. Two directions in sentence-vector space:
/// <list type="bullet">
/// <item>stance: from the mean of "supports" pseudo-statements (general templates filled with the topic's name and
///   proposition, plus its support cues) to the mean of "opposes" ones (templates and oppose cues);</item>
/// <item>relevance: the proposition's own vector; a statement far from it leans to "none".</item>
/// </list>
/// Each becomes a weight vector on the head's vector features, scaled so that one standard deviation of the
/// examples' projection moves the log-odds by <c>strength / 2</c> (stance; half that for a topic without cues, where
/// only the templates speak) or <c>relevanceStrength</c> (none).
/// Measured on tuning folds without TEST items (scripts/stance/eval-cv.sh): SemEval, 25 examples per target, F_avg
/// 0.604 → 0.634; IBM, 10 claims per motion, accuracy 0.692 → 0.694. With many examples the data decide: the prior
/// fades as 25/n.</summary>
public sealed class TopicPrior
{
    /// <summary>General phrasings of taking a side; {p} is the proposition, {n} the topic's name.</summary>
    private static readonly string[] SupportTemplates =
        ["I support {p}.", "{n}: yes, absolutely.", "I stand with {n}.", "{n} is right and good.", "Proud to support {n}!"];

    private static readonly string[] OpposeTemplates =
        ["I oppose {p}.", "{n}: no, never.", "I stand against {n}.", "{n} is wrong and bad.", "Ashamed of {n}!"];

    /// <summary>The number of examples at which the prior has its full strength; with n examples it has 25/n of it.</summary>
    public const int FullStrengthExamples = 25;

    private readonly float[] _stance; // unit(mean supports) − unit(mean opposes)
    private readonly float[] _proposition;
    private readonly double _trust; // templates alone say less than the topic's own cues

    private TopicPrior(float[] stance, float[] proposition, double trust) =>
        (_stance, _proposition, _trust) = (stance, proposition, trust);

    /// <summary>The pseudo-statements to embed: those for the topic, then those against it.</summary>
    public static (IReadOnlyList<string> Supports, IReadOnlyList<string> Opposes) Texts(WatchedTopic topic, string proposition)
    {
        var p = proposition.Trim().TrimEnd('.');
        string Fill(string template) => template.Replace("{p}", p).Replace("{n}", topic.Name);
        static IEnumerable<string> Cues(IReadOnlyList<string>? cues) =>
            (cues ?? []).Select(c => c.Replace("*", "").Trim()).Where(c => c.Length > 0);
        return ([.. SupportTemplates.Select(Fill), .. Cues(topic.SupportCues)],
                [.. OpposeTemplates.Select(Fill), .. Cues(topic.OpposeCues)]);
    }

    /// <summary>The prior of <paramref name="topic"/> from its pseudo-statements' vectors and its proposition's.</summary>
    public static TopicPrior Of(WatchedTopic topic, string proposition, IReadOnlyDictionary<string, float[]> vectors, float[] propositionVector)
    {
        var (supports, opposes) = Texts(topic, proposition);
        var up = Vectors.UnitMean(supports.Select(t => vectors[t]).ToList());
        var down = Vectors.UnitMean(opposes.Select(t => vectors[t]).ToList());
        var stance = new float[up.Length];
        for (var j = 0; j < stance.Length; j++) stance[j] = up[j] - down[j];
        var hasCues = supports.Count + opposes.Count > SupportTemplates.Length + OpposeTemplates.Length;
        return new TopicPrior(stance, propositionVector, hasCues ? 1 : 0.5);
    }

    /// <summary>Prior weights [class][feature] for a head over <paramref name="rows"/> (features whose first
    /// dimensions are the sentence vector), classes in the order of <paramref name="labels"/> (the engine's
    /// supports / opposes / none). Only the vector features get a prior.</summary>
    public double[][] Weights(IReadOnlyList<int> labels, IReadOnlyList<float[]> rows, double strength, double relevanceStrength)
    {
        var fade = Math.Min(1.0, (double)FullStrengthExamples / rows.Count);
        var weights = labels.Select(_ => new double[rows[0].Length]).ToArray();
        var stance = strength * _trust * fade / 2 / SpreadAlong(_stance, rows);
        var none = relevanceStrength * fade / SpreadAlong(_proposition, rows);
        for (var k = 0; k < labels.Count; k++)
        {
            var (direction, factor) = labels[k] switch
            {
                StanceEngine.Supports => (_stance, stance),
                StanceEngine.Opposes => (_stance, -stance),
                _ => (_proposition, -none),
            };
            // Supports/opposes only pull apart when both are there; a head with one of them learns that from data.
            if (labels[k] != StanceEngine.None && !(labels.Contains(StanceEngine.Supports) && labels.Contains(StanceEngine.Opposes))) continue;
            for (var j = 0; j < direction.Length; j++) weights[k][j] = factor * direction[j];
        }
        return weights;
    }

    /// <summary>Standard deviation of the rows' projection on <paramref name="direction"/> (1 when they do not vary).</summary>
    private static double SpreadAlong(float[] direction, IReadOnlyList<float[]> rows)
    {
        var projections = rows.Select(r => Vectors.Dot(r.AsSpan(0, direction.Length), direction)).ToArray();
        var mean = projections.Average();
        var sd = Math.Sqrt(projections.Sum(p => (p - mean) * (p - mean)) / projections.Length);
        return sd > 1e-9 ? sd : 1;
    }
}
