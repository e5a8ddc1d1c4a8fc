using System.Collections.Frozen;

namespace Briefing.Core.Positions.Text;

/// <summary>Word: letters/digits with internal apostrophes ("won’t", "Veltria’s") and dots ("U.S").
/// Soft: a clause break inside a sentence (comma, dash, bracket). Hard: a sentence or paragraph break.</summary>
internal enum TokenKind : byte { Word, Soft, Hard }

internal readonly record struct Token(int Start, int End, TokenKind Kind)
{
    public int Length => End - Start;
}

/// <summary>A light, allocation-frugal tokenizer shared by topic and stance matching. Hyphens split words
/// ("rare-earth" = "rare" "earth") without being a break; quotation marks are ignored.</summary>
internal static class Tokenizer
{
    // Words after which a full stop does not end the sentence.
    private static readonly FrozenSet<string> Abbreviations = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "st", "sgt", "jan", "feb", "mar",
        "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "etc", "e.g", "i.e", "approx");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup =
        Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    public static Token[] Tokenize(string text)
    {
        var tokens = new List<Token>(Math.Max(8, text.Length / 5));
        Tokenize(text, tokens);
        return [.. tokens];
    }

    public static void Tokenize(string text, List<Token> into)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                var start = i++;
                while (i < text.Length)
                {
                    var d = text[i];
                    if (char.IsLetterOrDigit(d)) { i++; continue; }
                    var next = i + 1 < text.Length ? text[i + 1] : '\0';
                    if ((d is '\'' or '’' or '.') && char.IsLetter(next) && char.IsLetter(text[i - 1])) { i += 2; continue; }
                    if (d == ',' && char.IsDigit(next) && char.IsDigit(text[i - 1])) { i += 2; continue; }
                    break;
                }
                into.Add(new Token(start, i, TokenKind.Word));
                continue;
            }
            switch (c)
            {
                case '.':
                    if (!IsAbbreviationStop(text, into, i)) Add(into, i, TokenKind.Hard);
                    break;
                case '!' or '?' or ';' or ':' or '…' or '\n' or '\r':
                    Add(into, i, TokenKind.Hard);
                    break;
                case ',' or '—' or '(' or ')' or '[' or ']':
                    Add(into, i, TokenKind.Soft);
                    break;
                case '–' or '-':
                    // A dash with space around it is a clause break; inside a word it only splits the word.
                    if (i > 0 && char.IsWhiteSpace(text[i - 1]) && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]))
                        Add(into, i, TokenKind.Soft);
                    break;
            }
            i++;
        }
    }

    private static void Add(List<Token> into, int at, TokenKind kind)
    {
        // Collapse runs of breaks: the stronger one wins.
        if (into.Count > 0 && into[^1].Kind != TokenKind.Word)
        {
            var last = into[^1];
            into[^1] = new Token(last.Start, at + 1, (TokenKind)Math.Max((byte)last.Kind, (byte)kind));
            return;
        }
        into.Add(new Token(at, at + 1, kind));
    }

    private static bool IsAbbreviationStop(string text, List<Token> tokens, int dot)
    {
        if (tokens.Count == 0 || tokens[^1].Kind != TokenKind.Word || tokens[^1].End != dot) return false;
        var word = text.AsSpan(tokens[^1].Start, tokens[^1].Length);
        if (word.Length == 1 && char.IsUpper(word[0])) return true; // an initial: "J. Smith"
        if (word.Contains('.')) return true;                          // "U.S."
        return AbbreviationLookup.Contains(word);
    }

    /// <summary>True for a contracted negation ("won’t", "didn't") or "cannot".</summary>
    public static bool IsContractedNegation(ReadOnlySpan<char> word) =>
        word.Length > 3 && (word.EndsWith("n't", StringComparison.OrdinalIgnoreCase) ||
                            word.EndsWith("n’t", StringComparison.OrdinalIgnoreCase));
}
