using Briefing.Core.Extraction.Text;

namespace Briefing.Core.Extraction.Attribution;

/// <summary>Direct / Mixed / Indirect / Belief, and a confidence calibrated by how the speaker was found
/// (named beside the cue is most reliable; carried over from an earlier paragraph least).</summary>
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

    public static double Confidence(SpeakerResolution how, StatementKind kind)
    {
        var c = how switch
        {
            SpeakerResolution.Named => 0.92,
            SpeakerResolution.Appositive => 0.9,
            SpeakerResolution.Surname => 0.88,
            SpeakerResolution.Pronoun => 0.78,
            SpeakerResolution.Title => 0.72,
            SpeakerResolution.EarlierParagraph => 0.65,
            _ => 0.2,
        };
        return kind is StatementKind.Indirect or StatementKind.Belief ? Math.Round(c * 0.92, 2) : c;
    }
}
