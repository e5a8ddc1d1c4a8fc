using Briefing.Core.Extraction.Lexicons;
using Briefing.Core.Extraction.Quotes;
using Briefing.Core.Extraction.Text;

namespace Briefing.Core.Extraction.Attribution;

/// <summary>NewClauseQuoteNotMerged: "Roe credited the win to “a closed vote.” She urged the board to “open its
/// doors.”" — a cue-less quote inside a later sentence that opens with a subject of its own and a verb before the
/// quote is that subject's new statement, not another fragment of the statement before. A sentence opening with a
/// phrase ("For renters, on the other hand, “…”") or a name right before the quote ("Poe “kind of misspoke.”") has no
/// clause of its own: the quote stays with the statement before.</summary>
internal static class NewClauseQuote
{
    private static readonly Lexicons.WordSet Openers = Lexicon.Set("but and then now so yet still later instead meanwhile");

    /// <summary>The cheap test first: a clause of its own needs a lower-case word (its verb) between the sentence start
    /// and the quote, so a sentence that opens with the quote, or with capitals only, needs no clause-subject search.</summary>
    public static bool MayOpenOwnClause(Document doc, QuoteSpan quote, TextSpan sentence)
    {
        if (quote.Start <= sentence.Start)
        {
            return false;
        }
        foreach (var c in doc.Text.AsSpan(sentence.Start, quote.Start - sentence.Start))
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }
        return false;
    }

    public static bool OpensOwnClause(Document doc, Draft own, QuoteSpan quote, TextSpan sentence)
    {
        if (own.Source is not { } source || source.Start < sentence.Start || source.End > quote.Start)
        {
            return false;
        }
        var lead = doc.Text.AsSpan(sentence.Start, source.Start - sentence.Start).Trim();
        if (lead.Length > 0 && !(lead.IndexOf(' ') < 0 && Lexicon.Has(Openers, lead)))
        {
            return false;
        }
        // A verb between subject and quote: some lower-case word there.
        var between = doc.Text.AsSpan(source.End, quote.Start - source.End);
        for (var i = 0; i < between.Length; i++)
        {
            if (char.IsLower(between[i]) && (i == 0 || !char.IsLetter(between[i - 1])))
            {
                return true;
            }
        }
        return false;
    }
}
