using Briefing.Core.Extraction.Lexicons;
using Briefing.Core.Extraction.Text;

namespace Briefing.Core.Extraction.Attribution;

internal sealed partial class Attributor
{
    /// <summary>TheirIsTheClauseSubject: "Many members of the party were unanimous in their condemnation of the plan",
    /// "Both parents stiffened their denunciation of Roe" — "their" after the clause's verb points back to the clause
    /// subject, which annotators mark as the source. Returns that subject (the words from the clause start up to its verb),
    /// or null when "their" opens the subject itself or no subject stands before a verb.</summary>
    private (int First, int Last)? TheirClauseSubject((int First, int Last) owner, Sentence sentence)
    {
        if (!_rules.Uses(ExtractionRule.TheirIsTheClauseSubject) || !_doc.WordIs(owner.First, "their"))
        {
            return null;
        }
        var start = owner.First;
        while (start - 1 >= sentence.First && owner.First - start < 20)
        {
            var k = start - 1;
            var tok = _doc.Tokens[k];
            if (tok.InQuote || tok.Kind is TokenKind.Punct or TokenKind.QuoteOpen or TokenKind.QuoteClose || Lexicon.Has(ClauseBoundaries, _doc.Word(k)))
            {
                break;
            }
            start = k;
        }
        // The subject runs from the clause start to the first word of a verb group.
        var end = start;
        while (end < owner.First && !IsVerbGroupStart(end))
        {
            end++;
        }
        return end > start && end < owner.First ? (start, end) : null;
    }

    private bool IsVerbGroupStart(int t) =>
        !_doc.Tokens[t].Capitalized && _doc.Word(t) is var w
        && (w.EndsWith("ed", StringComparison.Ordinal) || Lexicon.IsAuxiliary(w) || Lexicon.Has(BeHave, w) || Lexicon.CueOf(w) != CueFlags.None);
}
