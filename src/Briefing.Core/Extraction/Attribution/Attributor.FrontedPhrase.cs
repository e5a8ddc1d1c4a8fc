using Briefing.Core.Extraction.Cues;
using Briefing.Core.Extraction.Lexicons;
using Briefing.Core.Extraction.Text;

namespace Briefing.Core.Extraction.Attribution;

/// <summary>FrontedParticipleIsNoCue: "In a video posted Friday, Roe said …" — a past participle right after the noun of
/// a sentence-opening "In a …" phrase modifies that noun (the video was posted); it is no cue of its own, so it cannot
/// take the main clause's quote away from the speaker after the comma.</summary>
internal sealed partial class Attributor
{
    private bool IsFrontedParticiple(Cue cue, Sentence sentence)
    {
        var first = sentence.First;
        var verb = cue.First;
        if (!_rules.Uses(ExtractionRule.FrontedParticipleIsNoCue) || cue.Last - verb != 1 || verb - first < 2 || !_doc.WordIs(first, "in")
            || !_doc.Word(verb).EndsWith("ed", StringComparison.OrdinalIgnoreCase) || _doc.Tokens[verb - 1].Capitalized && verb - 1 == first + 1)
        {
            return false;
        }
        // "In video posted …" / "In a Twitter message posted …": only words of one noun phrase before the participle.
        for (var k = first + 1; k < verb; k++)
        {
            var tok = _doc.Tokens[k];
            if (tok.Kind != TokenKind.Word || tok.InQuote || k > first + 1 && Lexicon.Has(SubjectDeterminers, _doc.Word(k))
                || Lexicon.Has(NotSourceWords, _doc.Word(k)) || Lexicon.IsSubjectPronoun(_doc.Word(k), out _) || Lexicon.CueOf(_doc.Word(k)) != CueFlags.None)
            {
                return false;
            }
        }
        // The phrase ends at a comma before the main clause.
        for (var k = verb + 1; k < sentence.Last && k - verb <= 8; k++)
        {
            if (_doc.IsChar(k, ','))
            {
                return k + 1 < sentence.Last && !_doc.Tokens[k + 1].InQuote;
            }
        }
        return false;
    }
}
