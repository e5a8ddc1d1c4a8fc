using Briefing.Core.Extraction.Text;

namespace Briefing.Core.Extraction.Quotes;

/// <summary>Finds top-level quotations paragraph by paragraph with a single left-to-right pass (no regex).
/// Handles straight, curly, guillemet, NYT doubled (<c>''…''</c>, <c>``…''</c>) and single marks; single marks
/// are taken as quotes only in opening position with a plausible closing mark, so apostrophes never open quotes.
/// Nested quotes (single inside double) stay inside their outer quote.</summary>
internal static class QuoteScanner
{
    // A quote can run at most this far in one paragraph before we call it unclosed (keeps worst cases linear).
    private const int MaxSingleQuoteLength = 400;

    /// <param name="tags">MarkupTagQuotes: the markup tags left in the text (<see cref="MarkupTags.Find"/>), empty when
    /// the rule is off; their quotation marks delimit attribute values, not quotes.</param>
    public static void Scan(string text, IReadOnlyList<TextSpan> paragraphs, List<QuoteSpan> output, bool paragraphOpeningCloser = true,
        IReadOnlyList<TextSpan>? tags = null)
    {
        tags ??= [];
        var tag = 0;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            ScanParagraph(text, paragraphs[p], p, output, paragraphOpeningCloser, tags, ref tag);
        }
    }

    private static void ScanParagraph(string text, TextSpan para, int pIndex, List<QuoteSpan> output, bool paragraphOpeningCloser,
        IReadOnlyList<TextSpan> tags, ref int tag)
    {
        var open = -1;
        var openLen = 0;
        var i = para.Start;
        // One comparison per character: the tag list is read only where the next tag starts.
        var nextTag = tag < tags.Count ? tags[tag].Start : int.MaxValue;
        while (i < para.End)
        {
            if (i >= nextTag)
            {
                while (tag < tags.Count && tags[tag].End <= i)
                {
                    tag++;
                }
                if (tag < tags.Count && tags[tag].Start <= i)
                {
                    i = tags[tag].End;
                    continue;
                }
                nextTag = tag < tags.Count ? tags[tag].Start : int.MaxValue;
            }
            var c = text[i];
            var len = DoubleMarkLength(text, i, para.End);
            if (open < 0)
            {
                if (len > 0 && IsOpening(text, i, len, para, paragraphOpeningCloser))
                {
                    open = i;
                    openLen = len;
                    i += len;
                    continue;
                }
                if ((c == '\'' || c == '\u2018') && len == 0 && IsSingleOpening(text, i, para.Start))
                {
                    var close = FindSingleClose(text, i + 1, Math.Min(para.End, i + MaxSingleQuoteLength));
                    if (close > 0)
                    {
                        output.Add(new QuoteSpan(i, close + 1, i + 1, close, true, pIndex));
                        i = close + 1;
                        continue;
                    }
                }
                i += len > 0 ? len : 1;
                continue;
            }

            if (len > 0)
            {
                // "“… what he calls “hell” than …”": a curly opener whose own closer is followed by a second closer
                // before any other opener is nested in the open quote, which goes on.
                if (c == '\u201c' && text[open] == '\u201c' && NestedCloseAfter(text, i + 1, para.End) is var nested and > 0)
                {
                    i = nested + 1;
                    continue;
                }
                // A fresh curly/guillemet opener inside an open quote means the earlier one was never closed.
                if ((c is '\u201c' or '\u00ab' || (c == '`')) && !IsTypedCloser(text, i, para))
                {
                    output.Add(Unclosed(text, open, openLen, i, pIndex));
                    open = i;
                    openLen = len;
                    i += len;
                    continue;
                }
                // "''… 'old-school,''' said Roe": of three marks, the first closes a nested single quote.
                if (len == 2 && c == '\'' && i + 2 < para.End && text[i + 2] == '\'')
                {
                    i++;
                }
                output.Add(new QuoteSpan(open, i + len, open + openLen, i, true, pIndex));
                open = -1;
                i += len;
                continue;
            }
            i++;
        }
        if (open >= 0)
        {
            output.Add(Unclosed(text, open, openLen, para.End, pIndex));
        }
    }

    /// <summary>The closing mark of a quote nested in a quote of the same style, when another closing mark follows
    /// it before any opening mark; else -1.</summary>
    private static int NestedCloseAfter(string text, int from, int end)
    {
        var first = -1;
        for (var j = from; j < end; j++)
        {
            if (text[j] == '\u201c')
            {
                return -1;
            }
            if (text[j] == '\u201d')
            {
                if (first >= 0)
                {
                    return first;
                }
                first = j;
            }
        }
        return -1;
    }

    /// <summary>"“Do you want that?“ he asked.": an opening curly mark right after a word or punctuation and before a
    /// space or the paragraph end is a closing mark typed the wrong way round.</summary>
    private static bool IsTypedCloser(string text, int i, TextSpan para) =>
        text[i] == '\u201c' && i > para.Start && !char.IsWhiteSpace(text[i - 1])
        && (i + 1 >= para.End || char.IsWhiteSpace(text[i + 1]));

    private static QuoteSpan Unclosed(string text, int open, int openLen, int end, int pIndex)
    {
        while (end > open + openLen && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        return new QuoteSpan(open, end, open + openLen, end, false, pIndex);
    }

    /// <summary>Length of a double-style mark at i (1 or 2 for doubled forms), else 0.</summary>
    internal static int DoubleMarkLength(string text, int i, int end)
    {
        var c = text[i];
        if (c is '"' or '\u201c' or '\u201d' or '\u00ab' or '\u00bb' or '\u201e')
        {
            return 1;
        }
        if ((c == '\'' || c == '`') && i + 1 < end && text[i + 1] == c)
        {
            return 2;
        }
        return 0;
    }

    private static bool IsOpening(string text, int i, int len, TextSpan para, bool paragraphOpeningCloser)
    {
        var c = text[i];
        if (c is '\u201d' or '\u00bb')
        {
            // A typo'd opener: "” Fear. …" at a paragraph start or after a space, with text right after it.
            if (c == '\u201d' && (i == para.Start || text[i - 1] == ' ') && i + 1 < para.End && !char.IsWhiteSpace(text[i + 1]))
            {
                return true;
            }
            // ParagraphOpeningCloser: "” … if the board can do it, so can we,” it read." — a closing mark opening its
            // paragraph (after invisible format marks only) opens a quote even before a space and an ellipsis.
            return c == '\u201d' && paragraphOpeningCloser && OpensParagraph(text, i, para);
        }
        // Straight and doubled marks are symmetric: open only when something follows.
        var next = i + len < para.End ? text[i + len] : ' ';
        return !char.IsWhiteSpace(next) || c is '\u201c' or '\u00ab';
    }

    /// <summary>Only invisible format marks (a left-to-right embedding, a zero-width space) stand between the paragraph
    /// start and <paramref name="i"/>.</summary>
    private static bool OpensParagraph(string text, int i, TextSpan para)
    {
        for (var j = para.Start; j < i; j++)
        {
            if (char.GetUnicodeCategory(text[j]) != System.Globalization.UnicodeCategory.Format)
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsSingleOpening(string text, int i, int paraStart)
    {
        var prev = i > paraStart ? text[i - 1] : ' ';
        var next = i + 1 < text.Length ? text[i + 1] : ' ';
        return (char.IsWhiteSpace(prev) || prev is '(' or '[' or '\u2014' or '\u2013' or '-' or '/' or ':')
            && char.IsLetter(next);
    }

    private static int FindSingleClose(string text, int from, int limit)
    {
        for (var j = from; j < limit; j++)
        {
            var c = text[j];
            if (c is '"' or '\u201c' or '\u201d' or '\n')
            {
                return -1;
            }
            if (c is '\'' or '\u2019' && j > from && !char.IsWhiteSpace(text[j - 1]))
            {
                var next = j + 1 < text.Length ? text[j + 1] : ' ';
                if (!char.IsLetterOrDigit(next))
                {
                    // "the Joneses' house": a plural possessive before a lowercase word is no close.
                    if (text[j - 1] == 's' && next == ' ' && j + 2 < text.Length && char.IsLower(text[j + 2]))
                    {
                        continue;
                    }
                    return j;
                }
            }
        }
        return -1;
    }
}
