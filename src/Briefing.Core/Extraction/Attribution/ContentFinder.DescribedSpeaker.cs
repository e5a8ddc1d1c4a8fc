using Briefing.Core.Extraction.Cues;
using Briefing.Core.Extraction.Lexicons;
using Briefing.Core.Extraction.Text;

namespace Briefing.Core.Extraction.Attribution;

internal static partial class ContentFinder
{
    // Words that may open a described subject: "but many voters say", "and the officials have said".
    private static readonly Lexicons.WordSet DescribedOpeners = Lexicon.Set("""
        the some many most few several other others both all two three four five
        """);

    private static readonly Lexicons.WordSet PerfectOrBe = Lexicon.Set("have has had is are was were");

    private static bool IsVerbGroupWord(ReadOnlySpan<char> w) => Lexicon.IsAuxiliary(w) || Lexicon.Has(PerfectOrBe, w);

    /// <summary>NewDescribedSpeakerEnds: "Roe claimed the attack, but U.S. officials have said they doubt it" — "and"/"but"
    /// followed by a described subject (a speaker noun such as officials, voters, critics, with capitalised or determiner
    /// modifiers and auxiliaries) and its own finite cue starts another statement, as a named subject does
    /// (NewSpeakerEnds).</summary>
    private static bool NewDescribedSpeakerAt(Document doc, int k, Sentence s, List<Cue> cues)
    {
        var subject = k + 1;
        if (subject + 1 >= s.Last || doc.Tokens[subject].Kind != TokenKind.Word || doc.Tokens[subject].InQuote)
        {
            return false;
        }
        foreach (var c in cues)
        {
            // "officials have said": a participle after an auxiliary is finite.
            if (c.First <= subject || c.First - subject > 5 || c.Form != CueForm.Verb || !NoCommaBetween(doc, subject, c.First)
                || (c.Flags & CueFlags.Participle) != 0 && !IsVerbGroupWord(doc.Word(c.First - 1)))
            {
                continue;
            }
            var speakerNoun = false;
            var phrase = true;
            for (var t = subject; t < c.First && phrase; t++)
            {
                var w = doc.Word(t);
                speakerNoun |= Lexicon.IsSpeakerNoun(w);
                phrase = doc.Tokens[t].Capitalized || Lexicon.IsSpeakerNoun(w) || Lexicon.Has(DescribedOpeners, w)
                    || t > subject && (IsVerbGroupWord(w) || w.EndsWith("ly", StringComparison.Ordinal));
            }
            if (phrase && speakerNoun)
            {
                return true;
            }
        }
        return false;
    }
}
