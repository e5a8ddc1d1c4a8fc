using Briefing.Core.Watchlists;

namespace Briefing.Core.Positions.Learned;

/// <summary>A zero-shot stance from the <see cref="SentimentPrior"/>: the statement's sentiment times the proposition's
/// polarity (speaking well of what "ban X" is against opposes the ban). Commits only when the reading is strong: a
/// wrong position on a wall screen is worse than none.</summary>
public static class SentimentStance
{
    public static StanceOutcome Judge(string topic, SentimentReading reading, int polarity, double commit,
        StanceJudgement prior, TopicMatch? match)
    {
        if (reading.Strength < commit)
            return new(topic, true, Stance.Unclear, 0, StanceBasis.Sentiment, prior, [], match, reading, polarity);
        var stance = reading.ReadsPositive == Toward(reading, polarity) > 0 ? Stance.Supports : Stance.Opposes;
        return new(topic, true, stance, Calibrated(reading.Strength), StanceBasis.Sentiment, prior, [], match,
            reading, polarity);
    }

    /// <summary>The polarity a reading is taken with: the proposition's, turned when the statement speaks of
    /// restricting what the proposition names (its contrast: <see cref="RestrictionFrame"/>).</summary>
    public static int Toward(SentimentReading reading, int polarity) => reading.OfRestriction ? -polarity : polarity;

    /// <summary>The share of such readings that were right on the DEV splits (docs/stance.md "Calibration"): strength 0.1–0.2
    /// was right 64% of the time, 0.2–0.3 70%, 0.3+ about 78% (IBM motions and SemEval tweets pooled).</summary>
    public static double Calibrated(double strength) => Math.Round(Math.Min(0.8, 0.52 + 0.8 * strength), 3);

    /// <summary>"reads negative (“harms”, “a waste”); the proposition is against what it names", or "reads positive of
    /// a restriction of it; …".</summary>
    public static string Explain(SentimentReading reading, int polarity)
    {
        var words = reading.Words.Count == 0 ? "" : " (" + string.Join(", ", reading.Words.Take(3).Select(w => "“" + w + "”")) + ")";
        var of = reading.OfRestriction ? " of a restriction of it" : "";
        return $"reads {(reading.ReadsPositive ? "positive" : "negative")}{of}{words}; the proposition is {(polarity > 0 ? "for" : "against")} what it names";
    }
}
