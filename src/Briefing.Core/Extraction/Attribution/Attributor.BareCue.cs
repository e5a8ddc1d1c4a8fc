using Briefing.Core.Extraction.Cues;
using Briefing.Core.Extraction.Text;

namespace Briefing.Core.Extraction.Attribution;

/// <summary>QuoteBeforeBareCue: the last resort for a cue right after a quote that every source rule passed over.</summary>
internal sealed partial class Attributor
{
    private const int MaxBareSourceTokens = 4;
    private const int MaxInvertedSourceTokens = 9;

    private static readonly Lexicons.WordSet SourceTail = Lexicons.Lexicon.Set(
        "who whom that which in on at during after before as when while");

    /// <summary>"“…,” Will wrote.", "“…,” tweeted another.", "“…,” the look-alike declared in Mexico City." — a quote that
    /// opens its sentence and closes on a comma, question or exclamation mark, then at most four words and a cue: when
    /// no rule found a source (the name is also a function word, the phrase is no known speaker), the quote is still
    /// the cue's statement. The source is the words between the quote and the cue, else the words after the cue up to
    /// the sentence end, a relative word or a preposition of time and place.</summary>
    private void QuoteBeforeBareCue(Cue cue, int s, Sentence sentence)
    {
        var close = -1;
        for (var k = cue.First - 1; k >= sentence.First && cue.First - k <= MaxBareSourceTokens + 1; k--)
        {
            var tok = _doc.Tokens[k];
            if (tok.Kind == TokenKind.QuoteClose)
            {
                close = k;
                break;
            }
            if (tok.InQuote || tok.Kind == TokenKind.Punct && !_doc.IsChar(k, ','))
            {
                return;
            }
        }
        if (close <= sentence.First || !(_doc.IsChar(close - 1, ',') || _doc.IsChar(close - 1, '?') || _doc.IsChar(close - 1, '!') || _doc.IsChar(close + 1, ',')))
        {
            return;
        }
        var open = close;
        while (open > sentence.First && _doc.Tokens[open - 1].Quote == _doc.Tokens[close].Quote)
        {
            open--;
        }
        if (_doc.Tokens[open].Kind != TokenKind.QuoteOpen || open - sentence.First > 1)
        {
            return;
        }
        var first = _doc.IsChar(close + 1, ',') ? close + 2 : close + 1;
        SourcePhrase source;
        if (first < cue.First)
        {
            source = new SourcePhrase(first, cue.First, first, cue.First, false);
        }
        else
        {
            // "…,” said one owner of a shop that sells shoes who declined to be named": the phrase up to its first
            // relative or preposition of time and place.
            var end = cue.Last;
            while (end < sentence.Last && end - cue.Last < MaxInvertedSourceTokens && _doc.Tokens[end].Kind == TokenKind.Word
                   && !_doc.Tokens[end].InQuote && !Lexicons.Lexicon.Has(SourceTail, _doc.Word(end)))
            {
                end++;
            }
            if (end == cue.Last || end - cue.Last == MaxInvertedSourceTokens
                || end < sentence.Last && !ContentFinder.IsTrailing(_doc, end) && !Lexicons.Lexicon.Has(SourceTail, _doc.Word(end)))
            {
                return;
            }
            source = new SourcePhrase(cue.Last, end, cue.Last, end, false);
        }
        var quote = new TextSpan(_doc.Tokens[open].Start, _doc.Tokens[close].End);
        if (Drafts.Count > 0 && Drafts[^1].Overlaps(quote))
        {
            return;
        }
        var d = NewDraft(cue, s, source);
        d.Content.Add(quote);
        AddTrailingQuote(d, cue.Last, sentence);
        Commit(d, nested: false);
    }
}
