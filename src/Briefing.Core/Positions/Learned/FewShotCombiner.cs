namespace Briefing.Core.Positions.Learned;

/// <summary>Decides the side of a statement on a topic with a few labelled examples of both sides (arguments about the
/// proposition), from three readings with weights that are general, not per topic:
/// <list type="bullet">
/// <item>the sentiment prior's log-odds times the proposition's polarity (<see cref="SentimentStance"/>);</item>
/// <item>the nearest-example margin: the cosine to the nearest supporting example minus that to the nearest opposing one;</item>
/// <item>the topic's <see cref="SentimentResidual"/>: what its examples teach beyond the prior's reading.</item>
/// </list>
/// How many examples each side has is never a reading of its own: in the app examples are corrections, which sample
/// what the engine got wrong, not what statements say, and on the tuning folds a rule that followed the examples' label
/// balance (a sum over the three nearest examples) put a whole topic on one side when the examples did (10 of 10
/// supporting: 0.48 right, 10 opposing: 0.25, against 0.62 and 0.68 for these readings). With examples of one side only
/// the sentiment reading alone decides (the examples still tell which statements are about the topic).
/// The weights are a logistic regression (no intercept: no side is favoured) fitted on draws of 10 claims per motion
/// over the 14 non-TEST IBM motions with 15+ claims (random draws and draws of a forced composition: 5+5, 8+2, 2+8,
/// 10+0, 0+10), each claim read by a sentiment prior that never saw its motion (scripts/stance/fewshot-draws.py).
/// Fitted on one half of the motions and scored on the other, random draws: 0.715 / 0.728 before the residual (the
/// side means' margin in its place), 0.730 / 0.739 with it; no forced composition loses (fewshot-draws.py).</summary>
public static class FewShotCombiner
{
    private const double SentimentWeight = 1.49, NearestWeight = 3.96, ResidualWeight = 2.25;

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
    /// <param name="examples">Each example's cosine to the statement and whether it supports (else it opposes). Without
    /// examples of both sides the examples' readings are zero.</param>
    /// <param name="residual">The topic's <see cref="SentimentResidual"/> reading of the statement (0 without one).</param>
    public static Reading Combine(double positive, int polarity, IReadOnlyList<(double Cosine, bool Supports)> examples,
        double residual = 0)
    {
        var sentiment = SentimentWeight * PriorLogOdds(positive, polarity);
        if (NearestMargin(examples) is not { } margin) return new Reading(sentiment, sentiment);
        return new Reading(sentiment + NearestWeight * margin + ResidualWeight * residual, sentiment);
    }

    /// <summary>The cosine to the nearest supporting example minus that to the nearest opposing one; null without
    /// examples of both sides.</summary>
    public static double? NearestMargin(IEnumerable<(double Cosine, bool Supports)> examples)
    {
        double nearestFor = double.NegativeInfinity, nearestAgainst = double.NegativeInfinity;
        foreach (var (cosine, supports) in examples)
        {
            if (supports) nearestFor = Math.Max(nearestFor, cosine);
            else nearestAgainst = Math.Max(nearestAgainst, cosine);
        }
        return double.IsFinite(nearestFor) && double.IsFinite(nearestAgainst) ? nearestFor - nearestAgainst : null;
    }

    /// <summary>The sentiment prior's log-odds that a statement supports: its sentiment's log-odds times the
    /// proposition's polarity.</summary>
    public static double PriorLogOdds(double positive, int polarity) => Logit(positive) * polarity;

    private static double Logit(double p)
    {
        p = Math.Clamp(p, 1e-6, 1 - 1e-6);
        return Math.Log(p / (1 - p));
    }
}
