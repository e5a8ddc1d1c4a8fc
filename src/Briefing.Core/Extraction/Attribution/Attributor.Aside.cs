using Briefing.Core.Extraction.Cues;
using Briefing.Core.Extraction.Lexicons;
using Briefing.Core.Extraction.Text;

namespace Briefing.Core.Extraction.Attribution;

internal sealed partial class Attributor
{
    /// <summary>AsideBeforeVerb: "Critics of the levy, however, say …", "Dock workers — and some owners — say …": no phrase
    /// stands right before the cue, but an aside does; the subject is the phrase before the aside — a name or speaker
    /// noun, else the words back to the clause boundary (at most eight, no verb or cue word).</summary>
    private SourcePhrase? AsideSubject(Cue cue, Sentence sentence)
    {
        // Only base forms ("say", "believe"): an inflected verb after an aside already has its subject rules
        // ("Roe, a salesman from Sumter, says").
        if (!_rules.Uses(ExtractionRule.AsideBeforeVerb) || cue.Form != CueForm.Verb || (cue.Flags & CueFlags.Base) == 0
            || CueFinder.AsideOpenerBefore(_doc, cue.First, sentence) is not (var opener and > 0))
        {
            return null;
        }
        if (SourceFinder.PhraseEndingAt(_doc, opener - 1, sentence.First) is { } named)
        {
            return named;
        }
        var end = opener - 1;
        if (end < sentence.First || _doc.Tokens[end].Kind != TokenKind.Word || _doc.Tokens[end].InQuote)
        {
            return null;
        }
        var first = end;
        while (first - 1 >= sentence.First && end - first < 8)
        {
            var tok = _doc.Tokens[first - 1];
            var w = _doc.Word(first - 1);
            if (tok.Kind != TokenKind.Word || tok.InQuote || Lexicon.Has(ClauseBoundaries, w) || Lexicon.IsAuxiliary(w) || Lexicon.Has(PassiveBe, w)
                || Lexicon.Has(Perfect, w) || Lexicon.CueOf(w) != CueFlags.None)
            {
                break;
            }
            first--;
        }
        return new SourcePhrase(first, end + 1, first, end + 1, false);
    }
}
