using Briefing.Core.Extraction.Lexicons;
using Briefing.Core.Extraction.Text;

namespace Briefing.Core.Extraction.Attribution;

internal sealed partial class Attributor
{
    // After "“…,” Roe" these words continue a phrase or join another, so Roe is no subject with a verb of its own.
    private static readonly Lexicons.WordSet NoVerbAfterName = Lexicon.Set("""
        and or of for in on at to with from by as than nor 's ’s
        """);

    /// <summary>NamedSubjectAfterQuote: "“You know, it happens, right?” Roe went on, as if …", "“Not us!” Roe, the head of
    /// the fund, tweeted on Friday" — a quote that opens its sentence, closed on a comma, a question or an exclamation
    /// mark, with a known name right after it and then a verb (or an appositive comma), is that name's, though its verb
    /// is none we know as a cue: the name is the subject of the attribution, not the previous speaker.</summary>
    private Draft? NamedSubjectAfterQuote(Quotes.QuoteSpan quote)
    {
        if (!_rules.Uses(ExtractionRule.NamedSubjectAfterQuote))
        {
            return null;
        }
        var open = FirstTokenAtChar(quote.Start);
        if (open < 0 || _doc.Tokens[open].Kind != TokenKind.QuoteOpen)
        {
            return null;
        }
        var index = _doc.Tokens[open].Quote;
        var close = open + 1;
        while (close < _doc.Tokens.Count && !(_doc.Tokens[close].Kind == TokenKind.QuoteClose && _doc.Tokens[close].Quote == index))
        {
            close++;
        }
        var name = close + 1;
        if (name >= _doc.Tokens.Count || !EndsOpen(quote))
        {
            return null;
        }
        var s = _sentenceOfToken[close];
        var sentence = _doc.Sentences[s];
        var nameToken = _doc.Tokens[name];
        // The sentence splitter may have ended the sentence at "?”": the name then opens the next one of the paragraph.
        if (open - sentence.First > 1 || nameToken.Paragraph != _doc.Tokens[close].Paragraph || nameToken.Kind != TokenKind.Word || nameToken.InQuote
            || !nameToken.Capitalized || _actors.TokenActor[name] < 0 || _actors.RunStart[name] != name)
        {
            return null;
        }
        var end = _actors.RunEnd[name];
        if (end >= _doc.Tokens.Count || _doc.Tokens[end].Paragraph != nameToken.Paragraph)
        {
            return null;
        }
        var after = _doc.Tokens[end];
        var verbFollows = after.Kind == TokenKind.Word && !after.InQuote && !after.Capitalized && !Lexicon.Has(NoVerbAfterName, _doc.Word(end));
        if (!verbFollows && !_doc.IsChar(end, ','))
        {
            return null;
        }
        return QuoteDraft(s, new SourcePhrase(name, end, name, end, false), quote, DraftBefore(quote.Start));
    }

    /// <summary>The quote closes on a comma, a question mark or an exclamation mark: the sentence goes on past it.</summary>
    private bool EndsOpen(Quotes.QuoteSpan quote)
    {
        var c = quote.InnerEnd - 1;
        while (c > quote.InnerStart && char.IsWhiteSpace(_doc.Text[c]))
        {
            c--;
        }
        return c > quote.InnerStart && _doc.Text[c] is ',' or '?' or '!';
    }
}
