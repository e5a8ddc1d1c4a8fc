using Briefing.Core.Extraction.Cues;
using Briefing.Core.Extraction.Lexicons;
using Briefing.Core.Extraction.Text;

namespace Briefing.Core.Extraction.Attribution;

internal sealed partial class Attributor
{
    /// <summary>ClauseStartSource: "Those surveyed said …", "Even the organizer of a rally said …", "Everyone but Poe
    /// said …" — a finite speech verb whose subject no other rule recognised still reports its clause: the words from
    /// the clause boundary (sentence start, comma, conjunction) to the cue are its source. Null when the verb is not
    /// in a subject-taking position (after "to", a determiner, a form of "be") or the run is long or crosses a quote.</summary>
    private SourcePhrase? ClauseStartSource(Cue cue, Sentence sentence)
    {
        if (!_rules.Uses(ExtractionRule.ClauseStartSource) || cue.Form != CueForm.Verb
            || cue.Last - cue.First != 1 || !Lexicon.Has(PlainSpeechVerbs, _doc.Word(cue.First)) || !VerbPosition(cue, sentence))
        {
            return null;
        }
        var end = cue.First - 1;
        if (end < sentence.First || _doc.Tokens[end].Kind != TokenKind.Word || _doc.Tokens[end].InQuote
            || Lexicon.Has(NotSubjectEnd, _doc.Word(end)) || Lexicon.Has(ClauseBoundaries, _doc.Word(end)))
        {
            return null;
        }
        var first = end;
        while (first - 1 >= sentence.First)
        {
            var tok = _doc.Tokens[first - 1];
            if (tok.InQuote || tok.Kind is TokenKind.QuoteOpen or TokenKind.QuoteClose or TokenKind.Punct
                || tok.Kind == TokenKind.Word && Lexicon.Has(ClauseBoundaries, _doc.Word(first - 1)))
            {
                break;
            }
            // "… is easier said than done": a verb in the run makes it a clause of its own, not a subject.
            if (Lexicon.IsAuxiliary(_doc.Word(first - 1)) || Lexicon.Has(PassiveBe, _doc.Word(first - 1)))
            {
                return null;
            }
            if (end - first >= 10)
            {
                return null;
            }
            first--;
        }
        return new SourcePhrase(first, cue.First, first, cue.First, false);
    }

    // Finite forms that are never nouns or adjectives ("states", "comments", "reported net worth" are).
    private static readonly Lexicons.WordSet PlainSpeechVerbs = Lexicon.Set("""
        said says told tells wrote writes added adds argued argues insisted insists explained explains noted
        stated warned warns acknowledged acknowledges admitted admits declared declares suggested suggests
        """);

    // A word that cannot end a subject right before a finite verb: "to say", "the said", "was told", "who has said".
    private static readonly Lexicons.WordSet NotSubjectEnd = Lexicon.Set("""
        to the a an his her their its our my your this these of in for on at by from with about into over
        is are was were be been being am has have had having will would can could should may might must shall do does did
        not never also
        """);
}
