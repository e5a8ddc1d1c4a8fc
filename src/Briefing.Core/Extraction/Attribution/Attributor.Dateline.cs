using Briefing.Core.Extraction.Text;

namespace Briefing.Core.Extraction.Attribution;

/// <summary>DatelineIsNoSubject: "PHILADELPHIA, July 25 (UPI) — The board released a statement, offering …" — the
/// dateline before the dash names where and who filed the story; the clause subject comes after it.</summary>
internal sealed partial class Attributor
{
    private const int MaxDatelineTokens = 15;

    /// <summary>The first token after a dateline opening the sentence (an upper-case place, then only capitalised
    /// words, numbers and punctuation up to a dash), or the sentence's first token when there is none.</summary>
    private int AfterDateline(Sentence sentence)
    {
        var first = sentence.First;
        if (!_rules.Uses(ExtractionRule.DatelineIsNoSubject) || !IsUpperCaseWord(first))
        {
            return first;
        }
        for (var k = first + 1; k < sentence.Last - 1 && k - first <= MaxDatelineTokens; k++)
        {
            var tok = _doc.Tokens[k];
            if (tok.InQuote || tok.Kind is TokenKind.QuoteOpen or TokenKind.QuoteClose || tok.Kind == TokenKind.Word && !tok.Capitalized)
            {
                return first;
            }
            if (IsDashToken(k))
            {
                return k + 1;
            }
        }
        return first;
    }

    private bool IsUpperCaseWord(int k)
    {
        var tok = _doc.Tokens[k];
        if (tok.Kind != TokenKind.Word || tok.End - tok.Start < 2)
        {
            return false;
        }
        foreach (var c in _doc.Text.AsSpan(tok.Start, tok.End - tok.Start))
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }
        return true;
    }
}
