using Briefing.Core.Positions.Text;

namespace Briefing.Core.Positions;

/// <summary>Statements that speak of restricting what a topic is about ("regulation of markets is needed", "the ban
/// caused harm", "speech may be limited to protect others"). Their sentiment is toward the restriction, which is the
/// contrast of what the restriction is on: speaking well of regulating the market speaks against unleashing it, and
/// speaking well of a ban speaks for "ban X" (against X). So a stance read from their sentiment takes the opposite of
/// the proposition's polarity, and the restriction words are the subject, not an evaluation ("ban" is not a negative
/// word in "the ban protects children"). Restriction words inside the topic's own keywords ("term limits") name the
/// subject itself and do not count. On the 16 non-TEST IBM Claim Stance motions (leave-motions-out folds,
/// scripts/stance/eval-cv.sh) this moved zero-shot accuracy on committed from 0.738 to 0.768 and the share committed
/// from 0.586 to 0.613; the gain comes mostly from two motions (a free market against "intervention", "regulation";
/// restricting speech), and the word list was chosen looking at those folds' errors.</summary>
public static class RestrictionFrame
{
    internal static readonly string[] Words =
    [
        "ban", "banned", "banning", "prohibit*", "forbid*", "forbidden", "outlaw*", "restrict*", "limit*", "censor*",
        "criminali*", "regulat*", "interven*", "interfer*", "abolish*", "abolition", "protectionism",
    ];

    private static readonly PhraseLexicon Lexicon = new(Words);

    /// <summary>Letters a restriction word shares with a keyword's word for it to count as the keyword's own
    /// ("limits" in the keyword "term limits", "limiting" in the statement).</summary>
    private const int Stem = 5;

    /// <summary>Whether <paramref name="text"/> names a restriction outside the topic's <paramref name="keywords"/>.</summary>
    public static bool Names(string text, IReadOnlyList<string>? keywords = null)
    {
        var tokens = Tokenizer.Tokenize(text);
        foreach (var m in Spans(text, tokens))
        {
            var word = text.AsSpan(tokens[m.FirstToken].Start, tokens[m.FirstToken].Length);
            if (!InKeywords(word, keywords)) return true;
        }
        return false;
    }

    /// <summary>The restriction words in <paramref name="text"/>.</summary>
    internal static List<LexMatch> Spans(string text, Token[] tokens)
    {
        var matches = new List<LexMatch>();
        Lexicon.Match(text, tokens, matches);
        return matches;
    }

    private static bool InKeywords(ReadOnlySpan<char> word, IReadOnlyList<string>? keywords)
    {
        if (keywords is null) return false;
        var stem = word[..Math.Min(Stem, word.Length)];
        foreach (var keyword in keywords)
            foreach (var part in keyword.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
                if (part.AsSpan().StartsWith(stem, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
