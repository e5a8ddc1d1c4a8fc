using Briefing.Core.Watchlists;

namespace Briefing.Core.Positions.Learned;

/// <summary>A zero-shot stance from the <see cref="SentimentPrior"/>: the statement's sentiment times the proposition's
/// polarity (speaking well of what "ban X" is against opposes the ban). Commits only when the reading is strong: a
/// wrong position on a wall screen is worse than none.</summary>
public static class SentimentStance
{
    private const double Sharpen = 3; // DEV (IBM 10 per motion): 1 → 3 gained 0.01 accuracy

    /// <summary>Trust (see <see cref="Trust"/>) from which a strong reading decides over a topic's head: the prior's
    /// strong readings agreed with 60%+ of the topic's examples.</summary>
    public const double TrustToDecide = 0.2;

    /// <param name="nearest">For a topic with examples: those nearest the statement, by stance (shown as well).</param>
    public static StanceOutcome Judge(string topic, SentimentReading reading, int polarity, double commit,
        StanceJudgement prior, TopicMatch? match, Func<Stance, IReadOnlyList<TopicExample>>? nearest = null)
    {
        if (reading.Strength < commit)
            return new(topic, true, Stance.Unclear, 0, StanceBasis.Sentiment, prior, [], match, reading, polarity);
        var stance = reading.ReadsPositive == polarity > 0 ? Stance.Supports : Stance.Opposes;
        return new(topic, true, stance, Calibrated(reading.Strength), StanceBasis.Sentiment, prior, nearest?.Invoke(stance) ?? [], match,
            reading, polarity);
    }

    /// <summary>Mixes the prior into a head's probabilities <paramref name="p"/> (over <paramref name="labels"/>): the
    /// mass the head gives to taking a side is shared between supports and opposes as the prior reads it.</summary>
    public static void Blend(double[] p, int[] labels, int supports, int opposes, SentimentReading reading, int polarity, double weight)
    {
        int s = Array.IndexOf(labels, supports), o = Array.IndexOf(labels, opposes);
        if (s < 0 || o < 0) return;
        var side = p[s] + p[o];
        // The prior's probabilities are shrunk by its strong regularisation: sharpen them (logit × Sharpen).
        var positive = 1 / (1 + Math.Exp(-Sharpen * Math.Log(reading.Positive / (1 - reading.Positive))));
        var forIt = polarity > 0 ? positive : 1 - positive;
        p[s] = (1 - weight) * p[s] + weight * side * forIt;
        p[o] = (1 - weight) * p[o] + weight * side * (1 - forIt);
    }

    /// <summary>How far a topic's labelled examples agree with the prior: the right share r of its readings of at
    /// least <paramref name="minStrength"/> on examples taking a side (read with the proposition's polarity), as
    /// 2r − 1 floored at 0.</summary>
    public static double Trust(IEnumerable<(Stance Label, SentimentReading? Reading)> examples, int polarity, double minStrength = 0)
    {
        int right = 0, all = 0;
        foreach (var (label, reading) in examples)
        {
            if (reading is null || reading.Strength < minStrength || label is not (Stance.Supports or Stance.Opposes)) continue;
            all++;
            if ((reading.ReadsPositive == polarity > 0) == (label == Stance.Supports)) right++;
        }
        return all == 0 ? 0 : Math.Max(0, 2.0 * right / all - 1);
    }

    /// <summary>The share of such readings that were right on the DEV splits (README "Calibration"): strength 0.1–0.2
    /// was right 64% of the time, 0.2–0.3 70%, 0.3+ about 78% (IBM motions and SemEval tweets pooled).</summary>
    public static double Calibrated(double strength) => Math.Round(Math.Min(0.8, 0.52 + 0.8 * strength), 3);

    /// <summary>"reads negative (“harms”, “a waste”); the proposition is against what it names".</summary>
    public static string Explain(SentimentReading reading, int polarity)
    {
        var words = reading.Words.Count == 0 ? "" : " (" + string.Join(", ", reading.Words.Take(3).Select(w => "“" + w + "”")) + ")";
        return $"reads {(reading.ReadsPositive ? "positive" : "negative")}{words}; the proposition is {(polarity > 0 ? "for" : "against")} what it names";
    }
}
