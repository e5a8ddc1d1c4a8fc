using Briefing.Core.Extraction.Lexicons;
using Briefing.Core.Extraction.Text;

namespace Briefing.Core.Extraction.Attribution;

internal sealed partial class Attributor
{
    /// <summary>SubordinateQuoteIsNoContent: "Although Roe admitted that the two had “been friends for some time,” she
    /// claimed they never met." — a quote closing a sentence-opening concessive clause ("although", "though", "while", "whereas")
    /// belongs to that clause when a statement of the clause already holds it ("admitted that …"); the main clause's cue
    /// after it reports what follows it. Unlike "“…,” she claimed" (the quote opens the sentence) and "If the bill passes,
    /// “…,” Roe said" (no statement of its own before the quote: the quote is Roe's).</summary>
    private bool QuoteClosesOpeningSubordinate(int close, int s, Sentence sentence)
    {
        if (!_rules.Uses(ExtractionRule.SubordinateQuoteIsNoContent) || !Lexicon.Has(OpeningSubordinators, _doc.Word(sentence.First)))
        {
            return false;
        }
        var quote = _doc.Tokens[close].Quote;
        if (quote < 0 || _doc.Quotes[quote].Start <= _doc.Tokens[sentence.First].End)
        {
            return false;
        }
        var span = _doc.Quotes[quote].Span;
        for (var i = Drafts.Count - 1; i >= 0 && Drafts[i].Sentence == s; i--)
        {
            if (Drafts[i].Cue is { } cue && cue.Start < span.Start && Drafts[i].Overlaps(span))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly Lexicons.WordSet OpeningSubordinators = Lexicon.Set(
        "although though while whereas");
}
