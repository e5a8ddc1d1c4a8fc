using Briefing.Core.Extraction.Lexicons;
using Briefing.Core.Extraction.Text;

namespace Briefing.Core.Extraction.Attribution;

/// <summary>"“…,” former policy director Jane Roe wrote", "“…,” Jane Roe, 67, a retired nurse in Dover, Del., said":
/// everything between a quote that closes a clause and the cue after it is the subject, however long. The phrase
/// finder stops at lower-case titles and long appositives; the closing quote bounds the phrase instead.</summary>
internal static class QuoteSubject
{
    private const int MaxTokens = 30;

    // A subject does not open on a conjunction, preposition or relative word ("“…,” but Roe said", "“…” when he said").
    private static readonly Lexicons.WordSet BadOpeners = Lexicon.Set("""
        that when but though although after before which as and or while because if since who whom where to whose so
        then what how why for with by from in on at of until unless once whether is was are were has had have it there
        this these those not also
        """);

    /// <summary>The phrase from just after the closing quote to just before the cue, or null when the gap is not a
    /// plain noun phrase (another cue, a clause break, a quote inside).</summary>
    public static SourcePhrase? Find(Document doc, int cue, int sentenceFirst, bool overSymbols = false)
    {
        var end = cue;
        for (var k = cue - 1; k >= sentenceFirst && cue - k <= MaxTokens; k--)
        {
            var tok = doc.Tokens[k];
            if (tok.Kind == TokenKind.QuoteClose)
            {
                return Phrase(doc, k, end);
            }
            if (tok.InQuote)
            {
                return null;
            }
            if (tok.Kind == TokenKind.Punct && !(doc.IsChar(k, ',') || doc.IsChar(k, '.') || doc.IsChar(k, '(') || doc.IsChar(k, ')')
                || doc.IsChar(k, '-') || overSymbols && !BreaksClause(doc, k)))
            {
                return null;
            }
            // Another cue means another clause, except an -ing modifier of a title ("policy planning director").
            if (tok.Kind == TokenKind.Word && Lexicon.CueOf(doc.Word(k)) is var f && f != CueFlags.None
                && !((f & CueFlags.Participle) != 0 && k + 1 < cue && Lexicon.IsSpeakerNoun(doc.Word(k + 1))))
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>SymbolsInQuoteSubject: "“…,” Jane Roe, Poe’ campaign manager, said", "“…,” Fight for $15 director Jane Roe
    /// told …", a name garbled by a wrong encoding — a mark that cannot end a clause (an apostrophe standing alone, a
    /// currency sign, a stray symbol) stays inside the subject; only clause punctuation breaks it.</summary>
    private static bool BreaksClause(Document doc, int k) =>
        doc.Tokens[k].Length > 1 || doc.Text[doc.Tokens[k].Start] is ';' or ':' or '?' or '!' or '\u2026' or '\u2014' or '\u2013' or '[' or ']' or '/';

    /// <summary>The quote opens its clause (sentence start, after a comma, colon or dash), so it is speech and not a
    /// scare quote or title inside one ("what she called a “rant,” a series of …", "On “Face the Nation,” she said").</summary>
    private static bool OpensClause(Document doc, int close)
    {
        var open = OpenOf(doc, close);
        if (open == 0 || doc.Tokens[open - 1].Paragraph != doc.Tokens[open].Paragraph)
        {
            return true;
        }
        var before = doc.Tokens[open - 1];
        return before.Kind is TokenKind.Punct or TokenKind.QuoteClose && !doc.IsChar(open - 1, '(');
    }

    private static readonly Lexicons.WordSet TitlePrepositions = Lexicon.Set("on in at to from of with during");

    /// <summary>"Sunday on Fox News’s “Morning Futures,” Rep. Jane Roe said …": a quote after a possessive or a
    /// preposition names a show or a book; the content is what follows the cue, not the title.</summary>
    public static bool IsTitle(Document doc, int close, ExtractorSettings rules)
    {
        var open = OpenOf(doc, close);
        if (open == 0 || doc.Tokens[open - 1].Paragraph != doc.Tokens[open].Paragraph)
        {
            return false;
        }
        if (doc.Tokens[open - 1].Kind != TokenKind.Word)
        {
            return rules.Uses(ExtractionRule.TitleAppositiveIsNoContent) && IsTitleAppositive(doc, open, rules);
        }
        var w = doc.Word(open - 1);
        // "engaged in “consistent activity that …,” the lawsuit says": lower-case words after a preposition are quoted
        // speech; names of shows and books are in title case.
        if (!QuoteContinuations.IsTitle(doc, doc.Quotes[doc.Tokens[close].Quote], rules))
        {
            return false;
        }
        return Lexicon.Has(TitlePrepositions, w) || w.Length > 2 && w[^1] == 's' && w[^2] is '\'' or '\u2019';
    }

    /// <summary>"In his 2002 book, “Make Your Kid a Millionaire,” Roe suggested …": a title-case quote set off by a
    /// comma after a lower-case noun names that book or show; the content is what follows the cue.</summary>
    private static bool IsTitleAppositive(Document doc, int open, ExtractorSettings rules)
    {
        var noun = open - 2;
        return noun >= 0 && doc.IsChar(open - 1, ',') && doc.Tokens[noun].Kind == TokenKind.Word && !doc.Tokens[noun].Capitalized
            && doc.Tokens[noun].Paragraph == doc.Tokens[open].Paragraph
            && QuoteContinuations.IsTitle(doc, doc.Quotes[doc.Tokens[open].Quote], rules);
    }

    private static int OpenOf(Document doc, int close)
    {
        var quote = doc.Tokens[close].Quote;
        var open = close;
        while (open > 0 && doc.Tokens[open - 1].Quote == quote)
        {
            open--;
        }
        return open;
    }

    private static SourcePhrase? Phrase(Document doc, int close, int cue)
    {
        // The quote must end a clause: “…,” / “…?” / “…!” / “…”, — not a scare quote inside a sentence.
        var first = close + 1;
        var closesClause = doc.IsChar(first, ',') || close > 0 && (doc.IsChar(close - 1, ',') || doc.IsChar(close - 1, '?')
            || doc.IsChar(close - 1, '!'));
        if (!closesClause || !OpensClause(doc, close))
        {
            return null;
        }
        if (doc.IsChar(first, ','))
        {
            first++;
        }
        var last = cue;
        while (last > first && (doc.IsChar(last - 1, ',') || doc.IsChar(last - 1, '-')))
        {
            last--;
        }
        if (last - first < 2 || doc.Tokens[first].Kind != TokenKind.Word || Lexicon.Has(BadOpeners, doc.Word(first)))
        {
            return null;
        }
        // The name is the phrase before the first comma ("Jane Roe, 67, a retired nurse"), else the whole phrase.
        var nameLast = last;
        for (var t = first + 1; t < last; t++)
        {
            if (doc.IsChar(t, ',') || doc.IsChar(t, '('))
            {
                nameLast = t;
                break;
            }
        }
        return new SourcePhrase(first, last, first, nameLast, nameLast < last);
    }
    // Words that end an inverted source and open its tail: "said Jane Roe in a debate", "wrote Roe, recalling …".
    private static readonly Lexicons.WordSet TailWords = Lexicon.Set("""
        in on during at when after before while as who whom which that last this earlier late early from to with by
        """);

    /// <summary>"“…,” said former tech executive Jane Roe in a debate", "“…,” said another leading advocate, Jane
    /// Roe of the firm X": after a quote the inverted source may open with any lower-case title. It runs to the first
    /// punctuation or tail word; the name is its last capitalised run, or the run right after a comma when the
    /// description comes first.</summary>
    public static SourcePhrase? InvertedAfterQuote(Document doc, int afterCue, int sentenceLast)
    {
        var end = afterCue;
        while (end < sentenceLast && end - afterCue < 15 && doc.Tokens[end].Kind is TokenKind.Word or TokenKind.Number
               && !doc.Tokens[end].InQuote && !Lexicon.Has(TailWords, doc.Word(end)) && !Lexicon.IsTimeWord(doc.Word(end))
               && Lexicon.CueOf(doc.Word(end)) == CueFlags.None)
        {
            end++;
        }
        if (end == afterCue || end - afterCue >= 15)
        {
            return null;
        }
        var (nameFirst, nameLast) = LastCapitalisedRun(doc, afterCue, end);
        if (nameLast < end)
        {
            // A capitalised modifier before a lower-case head ("Supreme Court advocate") is not the name.
            nameFirst = nameLast = -1;
        }
        if (nameFirst < 0 && end + 1 < sentenceLast && doc.IsChar(end, ','))
        {
            // "said another leading advocate, Jane Roe of …": the name follows the description.
            var k = end + 1;
            while (k < sentenceLast && k - end < 5 && doc.Tokens[k].Kind == TokenKind.Word && doc.Tokens[k].Capitalized && !doc.Tokens[k].InQuote)
            {
                k++;
            }
            if (k - end >= 3)
            {
                return new SourcePhrase(afterCue, k, end + 1, k, true);
            }
        }
        if (nameFirst < 0)
        {
            for (var t = end - 1; t >= afterCue; t--)
            {
                if (Lexicon.IsSpeakerNoun(doc.Word(t)))
                {
                    return new SourcePhrase(afterCue, t + 1, t, t + 1, false);
                }
            }
            return null;
        }
        return new SourcePhrase(afterCue, nameLast, nameFirst, nameLast, false);
    }

    private static (int First, int Last) LastCapitalisedRun(Document doc, int from, int to)
    {
        for (var t = to - 1; t >= from; t--)
        {
            if (doc.Tokens[t].Capitalized && !Lexicon.IsCapitalisedNonName(doc.Word(t)))
            {
                var k = t;
                while (k > from && doc.Tokens[k - 1].Capitalized)
                {
                    k--;
                }
                return (k, t + 1);
            }
        }
        return (-1, -1);
    }
}
