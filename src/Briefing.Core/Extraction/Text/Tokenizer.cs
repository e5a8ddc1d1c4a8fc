using Briefing.Core.Extraction.Lexicons;
using Briefing.Core.Extraction.Quotes;

namespace Briefing.Core.Extraction.Text;

/// <summary>A hand-written scanner: words keep internal apostrophes, hyphens and abbreviation dots
/// ("don't", "Secretary-General", "U.S."), quote marks found by <see cref="QuoteScanner"/> become
/// QuoteOpen/QuoteClose tokens, everything else is one punctuation token per character.</summary>
internal static class Tokenizer
{
    public static void Tokenize(string text, IReadOnlyList<TextSpan> paragraphs, List<QuoteSpan> quotes, List<Token> output)
    {
        // News prose runs about five characters a token: room for them all up front spares the list's regrowth copies.
        output.EnsureCapacity(output.Count + text.Length / 4);
        var q = 0;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var para = paragraphs[p];
            var i = para.Start;
            while (i < para.End)
            {
                while (q < quotes.Count && quotes[q].End <= i)
                {
                    q++;
                }
                var quoteIndex = q < quotes.Count && quotes[q].Start <= i ? q : -1;
                var c = text[i];
                if (char.IsWhiteSpace(c))
                {
                    i++;
                    continue;
                }
                if (quoteIndex >= 0)
                {
                    var qs = quotes[quoteIndex];
                    if (i == qs.Start)
                    {
                        output.Add(new Token(i, qs.InnerStart, TokenKind.QuoteOpen, false, quoteIndex, p));
                        i = qs.InnerStart;
                        continue;
                    }
                    if (qs.Closed && i == qs.InnerEnd)
                    {
                        output.Add(new Token(i, qs.End, TokenKind.QuoteClose, false, quoteIndex, p));
                        i = qs.End;
                        continue;
                    }
                }
                if (char.IsLetterOrDigit(c))
                {
                    var end = WordEnd(text, i, para.End);
                    var kind = char.IsDigit(c) ? TokenKind.Number : TokenKind.Word;
                    output.Add(new Token(i, end, kind, char.IsUpper(c), quoteIndex, p));
                    i = end;
                    continue;
                }
                var pend = i + 1;
                if ((c == '-' || c == '.') && pend < para.End && text[pend] == c)
                {
                    while (pend < para.End && text[pend] == c)
                    {
                        pend++;
                    }
                }
                output.Add(new Token(i, pend, TokenKind.Punct, false, quoteIndex, p));
                i = pend;
            }
        }
    }

    private static int WordEnd(string text, int i, int limit)
    {
        var j = i + 1;
        while (j < limit)
        {
            var c = text[j];
            if (char.IsLetterOrDigit(c))
            {
                j++;
                continue;
            }
            // Joiners inside a word: apostrophes, hyphens, dots ("U.S"), ampersands, commas and slashes in numbers
            // ("1,200", "9/11", "24/7").
            if ((c is '\'' or '\u2019' or '-' or '.' or '&' or ',' or '/') && j + 1 < limit && char.IsLetterOrDigit(text[j + 1])
                && !(c == '\'' && j + 1 < limit && text[j + 1] == '\''))
            {
                if (c is ',' or '/' && !(char.IsDigit(text[j - 1]) && char.IsDigit(text[j + 1])))
                {
                    break;
                }
                j += 2;
                continue;
            }
            break;
        }
        // Abbreviation dot: "Mr.", "Sen.", "U.S.", "H." (initial), "Feb.".
        if (j < limit && text[j] == '.' && Lexicon.IsAbbreviation(text.AsSpan(i, j - i)))
        {
            j++;
        }
        return j;
    }
}
