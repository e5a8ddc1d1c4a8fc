using Briefing.Core.Extraction.Cues;
using Briefing.Core.Extraction.Lexicons;
using Briefing.Core.Extraction.Text;

namespace Briefing.Core.Extraction.Attribution;

/// <summary>BoundedNounPhrase: "…, when a member of the family suggested …", "… that Border Patrol agents described the
/// ground as “…”", "…, which an FBI investigation said was “…”", "in what one Latino conservative has dubbed “…”" — a
/// determiner phrase (an "of" phrase and capitalised modifiers allowed) between a subordinator or relative word and the
/// cue is the cue's subject, not a name earlier in the sentence. Longer than AdjacentNounPhrase allows, so it is tried
/// after it.</summary>
internal sealed partial class Attributor
{
    private const int MaxBoundedPhraseWords = 7;

    private static readonly Lexicons.WordSet PhraseBoundaryWords = Lexicon.Set(
        "when as while after before because since where which that what whom until");

    private static readonly Lexicons.WordSet PhraseInnerWords = Lexicon.Set("of in for from at");

    private SourcePhrase? BoundedNounPhrase(Cue cue, Sentence sentence)
    {
        if (!_rules.Uses(ExtractionRule.BoundedNounPhrase))
        {
            return null;
        }
        // "has dubbed", "also said": auxiliaries and adverbs between the subject and the cue are not part of it.
        var end = cue.First;
        while (end - 1 > sentence.First && (Lexicon.Has(Perfect, _doc.Word(end - 1)) || _doc.WordIs(end - 1, "also")
                                            || _doc.Word(end - 1).EndsWith("ly", StringComparison.Ordinal)) && !_doc.Tokens[end - 1].InQuote)
        {
            end--;
        }
        for (var first = end - 2; first > sentence.First && end - first <= MaxBoundedPhraseWords; first--)
        {
            var tok = _doc.Tokens[first];
            if (tok.Kind != TokenKind.Word || tok.InQuote)
            {
                return null;
            }
            if (!Lexicon.Has(PhraseOpeners, _doc.Word(first)) || tok.Capitalized)
            {
                continue;
            }
            var boundary = first - 1;
            // "a member of the crew": a determiner inside the "of" phrase; the phrase starts further back.
            if (Lexicon.Has(PhraseInnerWords, _doc.Word(boundary)) && !_doc.Tokens[boundary].InQuote)
            {
                continue;
            }
            if (!(_doc.IsChar(boundary, ',') || Lexicon.Has(PhraseBoundaryWords, _doc.Word(boundary))) || _doc.Tokens[boundary].InQuote)
            {
                return null;
            }
            for (var k = first + 1; k < end; k++)
            {
                var inner = _doc.Tokens[k];
                var w = _doc.Word(k);
                if (inner.InQuote || inner.Kind is not (TokenKind.Word or TokenKind.Number) && !_doc.IsChar(k, '-')
                    || Lexicon.Has(PhraseBreakers, w) || Lexicon.CueOf(w) != CueFlags.None && !Lexicon.Has(PhraseInnerWords, w)
                    || Lexicon.IsSubjectPronoun(w, out _))
                {
                    return null;
                }
            }
            return new SourcePhrase(first, end, first, end, false);
        }
        return null;
    }
}
