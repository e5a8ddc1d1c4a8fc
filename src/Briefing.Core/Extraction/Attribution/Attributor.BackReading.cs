using Briefing.Core.Extraction.Lexicons;

namespace Briefing.Core.Extraction.Attribution;

internal sealed partial class Attributor
{
    /// <summary>BackReadingCueDropped: "Poe said the vote was meant to expose “the hypocrisy of the board” focused on
    /// a single clause." — a later cue of the same sentence that lies inside the content of a statement before it, and
    /// whose own content runs back over that statement's cue to share its quote, reads the sentence backwards: the
    /// earlier statement already holds the quote, and the later cue is part of what it reports. Not when the later
    /// content opens with a subordinator ("If the board is sinking the levy — as clerks believe, but the board denies —
    /// “why not say so?” asked Roe": the main clause's cue speaks after the subordinate clause's statements, which may
    /// have run on).</summary>
    private bool ReadsBackOverStatement(Draft d)
    {
        if (d.Cue is not { } cue || d.Start >= cue.Start)
        {
            return false;
        }
        for (var i = Drafts.Count - 1; i >= 0 && Drafts[i].Sentence == d.Sentence; i--)
        {
            var before = Drafts[i];
            if (before.Cue is { } earlier && earlier.Start < cue.Start && before.Overlaps(cue) && d.Overlaps(earlier)
                && !OpensWithSubordinator(d) && SharesQuote(d, before) && !FullStopBetween(earlier.End, cue.Start))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A full stop, question or exclamation mark (before any closing quotation marks) followed by a capital or an
    /// opening mark: "…“treated me so well.” He touted …" is two sentences even where the splitter keeps a quote's
    /// closing sentence with what follows.</summary>
    private bool FullStopBetween(int from, int to)
    {
        var text = _doc.Text;
        for (var i = from; i < to; i++)
        {
            if (text[i] is not ('.' or '?' or '!'))
            {
                continue;
            }
            var j = i + 1;
            while (j < to && text[j] is '”' or '"' or '\'' or '’')
            {
                j++;
            }
            var space = j;
            while (j < to && char.IsWhiteSpace(text[j]))
            {
                j++;
            }
            if (j > space && j < to && (char.IsUpper(text[j]) || text[j] is '“' or '"' or '\''))
            {
                return true;
            }
        }
        return false;
    }

    private bool SharesQuote(Draft a, Draft b)
    {
        foreach (var q in _doc.Quotes)
        {
            if (a.Overlaps(q.Span) && b.Overlaps(q.Span))
            {
                return true;
            }
        }
        return false;
    }

    private bool OpensWithSubordinator(Draft d)
    {
        var text = _doc.Text.AsSpan(d.Start, d.End - d.Start);
        var end = 0;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }
        return Lexicon.Has(ClauseSubordinators, text[..end]);
    }

    private static readonly Lexicons.WordSet ClauseSubordinators = Lexicon.Set(
        "if as when while although though because after before since even but whereas unless until");
}
