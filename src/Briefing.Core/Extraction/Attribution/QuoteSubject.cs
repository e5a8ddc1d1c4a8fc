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
    private static readonly System.Collections.Frozen.FrozenSet<string> BadOpeners = Lexicon.Set("""
        that when but though although after before which as and or while because if since who whom where to whose so
        then what how why for with by from in on at of until unless once whether is was are were has had have it there
        this these those not also
        """);

    /// <summary>The phrase from just after the closing quote to just before the cue, or null when the gap is not a
    /// plain noun phrase (another cue, a clause break, a quote inside).</summary>
    public static SourcePhrase? Find(Document doc, int cue, int sentenceFirst)
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
                || doc.IsChar(k, '-')))
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

    /// <summary>The quote opens its clause (sentence start, after a comma, colon or dash), so it is speech and not a
    /// scare quote or title inside one ("what she called a “rant,” a series of …", "On “Face the Nation,” she said").</summary>
    private static bool OpensClause(Document doc, int close)
    {
        var quote = doc.Tokens[close].Quote;
        var open = close;
        while (open > 0 && doc.Tokens[open - 1].Quote == quote)
        {
            open--;
        }
        if (open == 0 || doc.Tokens[open - 1].Paragraph != doc.Tokens[open].Paragraph)
        {
            return true;
        }
        var before = doc.Tokens[open - 1];
        return before.Kind is TokenKind.Punct or TokenKind.QuoteClose && !doc.IsChar(open - 1, '(');
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
}
