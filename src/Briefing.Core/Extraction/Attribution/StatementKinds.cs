using Briefing.Core.Extraction.Text;

namespace Briefing.Core.Extraction.Attribution;

/// <summary>Direct / Mixed / Indirect / Belief, and a confidence calibrated by how the speaker was found
/// (an appositive or a pronoun beside the cue is most reliable; carried over from an earlier paragraph least).</summary>
internal static class StatementKinds
{
    public static StatementKind Classify(Document doc, Draft d)
    {
        var quoted = 0;
        var total = 0;
        foreach (var c in d.Content)
        {
            total += c.Length;
            for (var i = doc.FirstQuoteEndingAfter(c.Start); i < doc.Quotes.Count && doc.Quotes[i].Start < c.End; i++)
            {
                var q = doc.Quotes[i];
                quoted += Math.Min(q.End, c.End) - Math.Max(q.Start, c.Start);
            }
        }
        if (quoted > 0 && quoted >= total - 2)
        {
            return StatementKind.Direct;
        }
        if (quoted > 0)
        {
            return StatementKind.Mixed;
        }
        return d.Belief ? StatementKind.Belief : StatementKind.Indirect;
    }

    /// <summary>How often a speaker found this way is right, measured on the PolNeAR train split with
    /// <c>scripts/speaker-confidence.py</c> (quoting statements first, reported speech second; dev checks it, see
    /// docs/extraction-rules.md). Unresolved and described sources name no actor, so their confidence stays low by
    /// design: it says "no speaker", not how often the source phrase was right.</summary>
    public static double Confidence(SpeakerResolution how, StatementKind kind)
    {
        var quoting = kind is StatementKind.Direct or StatementKind.Mixed;
        return how switch
        {
            SpeakerResolution.Appositive => quoting ? 0.99 : 0.98,
            SpeakerResolution.Pronoun => quoting ? 0.98 : 0.92,
            SpeakerResolution.Surname => quoting ? 0.97 : 0.92,
            SpeakerResolution.Named => quoting ? 0.95 : 0.90,
            SpeakerResolution.Title => 0.9,
            SpeakerResolution.EarlierParagraph => 0.35,
            _ => quoting ? 0.2 : 0.18,
        };
    }
}
