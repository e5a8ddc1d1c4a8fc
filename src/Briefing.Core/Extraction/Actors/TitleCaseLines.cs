using Briefing.Core.Extraction.Attribution;
using Briefing.Core.Extraction.Lexicons;
using Briefing.Core.Extraction.Text;

namespace Briefing.Core.Extraction.Actors;

/// <summary>TitleCaseLinesNameKnownActorsOnly: finds the headline-style paragraphs of an article, where every word is
/// capitalised ("Dock Widow Corners Senator Over Harbour Levy"). Capitals there say nothing about names, so a run of
/// them is no evidence of an actor. A paragraph counts when it is headline-length, has at least three words, every
/// lower-case word in it is a function word ("of", "the", "to": title case may leave those small), and at least one
/// word after its first is capitalised although it is usually lower-case: a function word ("Over", "To", "Is") or a
/// word the article also writes in lower case ("Backs" beside "backs").</summary>
internal static class TitleCaseLines
{
    private const int MinWords = 3;

    public static bool[] Find(Document doc, bool[] skipParagraph)
    {
        var titleCase = new bool[doc.Paragraphs.Count];
        var tokens = doc.Tokens;
        var t = 0;
        while (t < tokens.Count)
        {
            var paragraph = tokens[t].Paragraph;
            var end = t;
            while (end < tokens.Count && tokens[end].Paragraph == paragraph)
            {
                end++;
            }
            if (!skipParagraph[paragraph] && doc.Paragraphs[paragraph].Length <= Headlines.MaxHeadlineLength)
            {
                titleCase[paragraph] = IsTitleCase(doc, t, end);
            }
            t = end;
        }
        return titleCase;
    }

    private static bool IsTitleCase(Document doc, int first, int last)
    {
        var words = 0;
        var functionWordEvidence = false;
        for (var t = first; t < last; t++)
        {
            var tok = doc.Tokens[t];
            if (tok.Kind != TokenKind.Word || tok.InQuote || !char.IsLetter(doc.Text[tok.Start]))
            {
                continue;
            }
            words++;
            var w = doc.Word(t);
            if (!tok.Capitalized)
            {
                // One ordinary lower-case word ("calls", "prefer") makes the line a sentence.
                if (!Lexicon.IsCapitalisedNonName(w))
                {
                    return false;
                }
                continue;
            }
            functionWordEvidence |= MidSentence(doc, t, first) && IsUsuallyLowerFunctionWord(w);
        }
        if (words < MinWords)
        {
            return false;
        }
        return functionWordEvidence || HasWordWrittenLowerElsewhere(doc, first, last);
    }

    /// <summary>A function word, not a weekday or month (always capitalised) and not "I".</summary>
    private static bool IsUsuallyLowerFunctionWord(ReadOnlySpan<char> w) =>
        Lexicon.IsCapitalisedNonName(w) && !Lexicon.IsTimeWord(w) && !w.SequenceEqual("I");

    /// <summary>The token follows a word or a comma of its own sentence (not the line's start, a full stop or a colon).</summary>
    private static bool MidSentence(Document doc, int t, int first)
    {
        if (t == first)
        {
            return false;
        }
        var prev = doc.Tokens[t - 1];
        return prev.Kind is TokenKind.Word or TokenKind.Number || prev.Kind == TokenKind.Punct && doc.Text[prev.Start] is ',' or '-' or '\u2013' or '\u2014';
    }

    /// <summary>Some capitalised word after the line's opening is written in lower case elsewhere in the article. Only
    /// lines that passed every cheaper test get here, so the scan over the article runs for a few lines at most.</summary>
    private static bool HasWordWrittenLowerElsewhere(Document doc, int first, int last)
    {
        for (var t = first; t < last; t++)
        {
            var tok = doc.Tokens[t];
            if (tok.Kind != TokenKind.Word || tok.InQuote || !tok.Capitalized || !MidSentence(doc, t, first) || tok.Length < 3)
            {
                continue;
            }
            var w = NameRun.Clean(doc.Word(t));
            for (var k = 0; k < doc.Tokens.Count; k++)
            {
                var other = doc.Tokens[k];
                if (other.Kind == TokenKind.Word && !other.Capitalized && other.Length >= w.Length
                    && NameRun.Clean(doc.Word(k)).Equals(w, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }
        return false;
    }
}
