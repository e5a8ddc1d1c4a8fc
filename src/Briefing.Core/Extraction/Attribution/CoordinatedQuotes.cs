using Briefing.Core.Extraction.Quotes;
using Briefing.Core.Extraction.Text;

namespace Briefing.Core.Extraction.Attribution;

/// <summary>CoordinatedQuoteJoins: "Roe said the deal needs “vigorous enforcement,” and “clear consequences.”" — a
/// cue-less quote joined by a conjunction to a statement whose content ends on a quote is more of that statement
/// (annotators keep one attribution with both fragments), not a new one with a speaker of its own.</summary>
internal static class CoordinatedQuotes
{
    private const int MaxGap = 14;

    /// <summary>Statements whose last content fragment ends right after a closing quote mark, by the position their
    /// statement ends: the quote's end, or the end of their own cue and source right after it ("“…,” she said, and").</summary>
    public static Dictionary<int, Draft> QuotedEnds(Document doc, List<Draft> drafts)
    {
        var ends = new Dictionary<int, Draft>();
        foreach (var d in drafts)
        {
            Track(doc, ends, d);
        }
        return ends;
    }

    /// <summary>Adds the statements made from cue-less quotes after the first <paramref name="from"/> (they can be
    /// joined to as well); returns how many are registered now.</summary>
    public static int Register(Document doc, Dictionary<int, Draft> ends, List<Draft> added, int from)
    {
        for (var i = from; i < added.Count; i++)
        {
            Track(doc, ends, added[i]);
        }
        return added.Count;
    }

    /// <summary>Registers (again, after its content grew) where <paramref name="d"/> ends.</summary>
    public static void Track(Document doc, Dictionary<int, Draft> ends, Draft d)
    {
        if (d.Content.Count == 0 || d.End <= 0 || !IsClosingMark(doc.Text[d.End - 1]))
        {
            return;
        }
        ends[d.End] = d;
        if (d.Cue is { } cue && d.Source is { } source && Math.Min(cue.Start, source.Start) is var first && first >= d.End && first - d.End <= 3)
        {
            ends[Math.Max(cue.End, source.End)] = d;
        }
    }

    /// <summary>The statement the quote is coordinated with: only spaces, commas and one of "and", "or", "but",
    /// "nor" stand between that statement's closing quote and this quote's opening one.</summary>
    public static Draft? JoinedTo(Document doc, Dictionary<int, Draft> quotedEnds, QuoteSpan quote)
    {
        if (quotedEnds.Count == 0)
        {
            return null;
        }
        var text = doc.Text;
        var k = quote.Start;
        var floor = Math.Max(0, quote.Start - MaxGap);
        while (k > floor && (text[k - 1] == ' ' || text[k - 1] == ','))
        {
            k--;
        }
        var wordEnd = k;
        while (k > floor && char.IsLetter(text[k - 1]))
        {
            k--;
        }
        if (!IsConjunction(text.AsSpan(k, wordEnd - k)) || k == 0 || char.IsLetterOrDigit(text[k - 1]))
        {
            return null;
        }
        while (k > floor && (text[k - 1] == ' ' || text[k - 1] == ','))
        {
            k--;
        }
        return quotedEnds.GetValueOrDefault(k);
    }

    private static bool IsConjunction(ReadOnlySpan<char> w) =>
        w.Equals("and", StringComparison.Ordinal) || w.Equals("or", StringComparison.Ordinal)
        || w.Equals("but", StringComparison.Ordinal) || w.Equals("nor", StringComparison.Ordinal);

    private static bool IsClosingMark(char c) => c is '"' or '\u201D' or '\'' or '\u2019';
}
