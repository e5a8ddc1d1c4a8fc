using Briefing.Core.Extraction.Lexicons;
using Briefing.Core.Extraction.Text;

namespace Briefing.Core.Extraction.Cues;

/// <summary>IntentInfinitive: "Roe continued to push the bill", "the board decided to delay", "is looking to expand",
/// "was quick to blame": a verb or adjective of persisting, deciding or aiming before "to" + a verb attributes a course
/// of action; "to" and what follows are the content. Without "to" + a lower-case word these are no cues. Only the
/// past "continued": "continues to rise" is mostly a trend, not a position (measured on train).</summary>
internal static class IntentInfinitive
{
    private static readonly Lexicons.WordSet IntentWords = Lexicon.Set("""
        continued decide decides decided looking aims aimed aiming quick threatens threatening
        """);

    /// <summary>The cue's end (exclusive: the word and "to") when the word at <paramref name="t"/> opens one, else -1.</summary>
    public static int At(Document doc, int t, Sentence s)
    {
        if (t + 2 >= s.Last || !doc.WordIs(t + 1, "to") || !Lexicon.Has(IntentWords, doc.Word(t)))
        {
            return -1;
        }
        var verb = doc.Tokens[t + 2];
        return verb.Kind == TokenKind.Word && !verb.InQuote && !verb.Capitalized && !Lexicon.Has(Determiners, doc.Word(t + 2)) ? t + 2 : -1;
    }

    // "continued to the end", "looking to the future": a determiner after "to" makes it a preposition.
    private static readonly Lexicons.WordSet Determiners = Lexicon.Set("the a an this that these those his her their its our my your some all");
}
