namespace Briefing.Core.Positions.Learned;

/// <summary>Decides the side of a statement on a topic with a few labelled examples that all take a side (arguments
/// about the proposition), from four readings with weights that are general, not per topic:
/// <list type="bullet">
/// <item>the sentiment prior's log-odds times the proposition's polarity (<see cref="SentimentStance"/>);</item>
/// <item>the topic's head: its log-odds of supports over opposes;</item>
/// <item>the three nearest examples: Σ ±cosine (+ for an example that supports);</item>
/// <item>the examples' mean cosine on the supports side minus that on the opposes side (× 10).</item>
/// </list>
/// A head over 384-d vectors learns little from ten examples; the combination asks the examples only how near the
/// statement is to each side, and the topic-independent prior what the statement says of its subject. The weights are
/// a logistic regression (no intercept: no side is favoured) fitted across the tuning folds of scripts/stance/eval-cv.sh
/// (24 draws of 10 claims per motion over the 16 non-TEST IBM motions, each half read by a sentiment prior that never
/// saw it): fitted on one half and scored on the other, accuracy 0.689 → 0.742 (README "Few examples").</summary>
public static class FewShotCombiner
{
    private const double SentimentWeight = 0.97, HeadWeight = 0.13, NearestWeight = 0.39, SideWeight = 0.21;
    private const int NearestCount = 3;

    /// <summary>The combination's log-odds of supports over opposes, and the sentiment prior's share of it.</summary>
    public readonly record struct Reading(double LogOdds, double SentimentPart)
    {
        public Stance Stance => LogOdds >= 0 ? Stance.Supports : Stance.Opposes;

        /// <summary>The probability of the side taken (a logistic fit: on the folds it was about as often right).</summary>
        public double Confidence => Math.Round(1 / (1 + Math.Exp(-Math.Abs(LogOdds))), 3);

        /// <summary>Whether the sentiment reading outweighs the examples' readings together, on the side taken: then
        /// the "why" is what the statement reads, otherwise the examples it is near.</summary>
        public bool SentimentDecided => Math.Sign(SentimentPart) == Math.Sign(LogOdds) && Math.Abs(SentimentPart) >= Math.Abs(LogOdds - SentimentPart);
    }

    /// <param name="positive">The sentiment prior's probability that the statement speaks well of its subject.</param>
    /// <param name="polarity">+1 when the proposition is for what it names, −1 when against.</param>
    /// <param name="headSupports">The head's probabilities of supports and opposes.</param>
    /// <param name="examples">Each example's cosine to the statement and whether it supports (else it opposes).</param>
    public static Reading Combine(double positive, int polarity, double headSupports, double headOpposes,
        IReadOnlyList<(double Cosine, bool Supports)> examples)
    {
        var sentiment = SentimentWeight * Logit(positive) * polarity;
        var head = HeadWeight * Math.Log(Math.Max(headSupports, 1e-9) / Math.Max(headOpposes, 1e-9));
        var nearest = NearestWeight * examples.OrderByDescending(e => e.Cosine).Take(NearestCount)
            .Sum(e => (e.Supports ? 1 : -1) * Math.Max(e.Cosine, 0));
        var side = SideWeight * 10 * (MeanCosine(examples, true) - MeanCosine(examples, false));
        return new Reading(sentiment + head + nearest + side, sentiment);
    }

    private static double MeanCosine(IReadOnlyList<(double Cosine, bool Supports)> examples, bool supports)
    {
        double sum = 0;
        var n = 0;
        foreach (var e in examples) if (e.Supports == supports) { sum += e.Cosine; n++; }
        return n == 0 ? 0 : sum / n;
    }

    private static double Logit(double p)
    {
        p = Math.Clamp(p, 1e-6, 1 - 1e-6);
        return Math.Log(p / (1 - p));
    }
}
