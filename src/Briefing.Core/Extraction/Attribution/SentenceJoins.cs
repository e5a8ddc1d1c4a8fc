namespace Briefing.Core.Extraction.Attribution;

/// <summary>QuoteJoinsSentenceStatement: "Roe said the donations are checked, but “we don't ask about income.”",
/// "…, and shared in “a great amount of regret.”" — a cue-less quote inside a clause, in the sentence of a statement
/// that ends shortly before it, continues that statement (annotators mark one attribution with both parts) rather than
/// being a statement of its clause subject. Only a short link counts: no new subject ("that someone “…”"), no verb of
/// its own in the past tense ("called the law “…”").</summary>
internal static class SentenceJoins
{
    private const int MaxLinkWords = 5;

    private static bool EndsOnQuote(Text.Document doc, Draft d) => d.End > 0 && doc.Text[d.End - 1] is '"' or '\u201D' or '\'' or '\u2019';

    private static readonly Lexicons.WordSet NewClauseWords = Lexicons.Lexicon.Set(
        "that who which whom whose we i you he she they it");

    /// <summary>The text between the statement's end and the quote is a short link: its own cue and source ("…,
    /// Roe said, but “…”"), then a few lower-case words, a past verb only right after "and"/"but" (the same subject
    /// goes on: "and shared in “…”").</summary>
    public static bool ShortLink(Text.Document doc, Draft host, int to)
    {
        // "Roe, an aide, called the plan “…”" misread as "…, called the plan": a source after its cue stands there
        // only in "“…,” said Roe", whose content is a quote.
        if (host.Cue is { } hostCue && host.Source is { } hostSource && hostSource.Start > hostCue.Start && !EndsOnQuote(doc, host))
        {
            return false;
        }
        var words = 0;
        var k = host.End;
        var coordinated = false;
        while (k < to)
        {
            if (host.Cue is { } cue && k >= cue.Start && k < cue.End || host.Source is { } source && k >= source.Start && k < source.End)
            {
                k = host.Cue is { } c2 && k >= c2.Start && k < c2.End ? c2.End : host.Source!.Value.End;
                continue;
            }
            var c = doc.Text[k];
            if (c is '.' or ';' or ':' or '?' or '!' || char.IsDigit(c))
            {
                return false;
            }
            if (!char.IsLetter(c))
            {
                k++;
                continue;
            }
            var start = k;
            while (k < to && (char.IsLetter(doc.Text[k]) || doc.Text[k] is '\'' or '\u2019' or '-'))
            {
                k++;
            }
            var w = doc.Text.AsSpan(start, k - start);
            if (++words > MaxLinkWords || char.IsUpper(w[0]) || w.EndsWith("ed", StringComparison.Ordinal) && !coordinated || Lexicons.Lexicon.Has(NewClauseWords, w))
            {
                return false;
            }
            coordinated = w is "and" or "but";
        }
        return true;
    }
}
