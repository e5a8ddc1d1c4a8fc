using Briefing.Core.Extraction.Lexicons;
using Briefing.Core.Extraction.Text;

namespace Briefing.Core.Extraction.Attribution;

/// <summary>Source-less attributions marked by a hearsay adverb rather than a speaker ("Roe reportedly met the donors").</summary>
internal sealed partial class Attributor
{
    private static readonly Lexicons.WordSet HearsayAdverbs = Lexicon.Set("reportedly allegedly purportedly reputedly supposedly");

    /// <summary>HearsayAdverb: "The board has reportedly hired a lawyer" — someone unnamed reports the clause; the
    /// content is the clause around the adverb (its subject and its predicate).</summary>
    private void HearsayAdverb(int s, Sentence sentence)
    {
        for (var t = sentence.First; t + 1 < sentence.Last; t++)
        {
            var tok = _doc.Tokens[t];
            // "Roe reportedly said …" is the verb's statement; "for allegedly laundering …" is no clause of its own.
            if (tok.Kind != TokenKind.Word || tok.InQuote || !Lexicon.Has(HearsayAdverbs, _doc.Word(t)) || StartsCue(t + 1)
                || _doc.Word(t + 1).EndsWith("ing", StringComparison.Ordinal))
            {
                continue;
            }
            var start = ClauseStartBefore(t, sentence);
            var end = Math.Min(ContentFinder.EndFrom(_doc, t, sentence, _cues, _rules), ClauseEndAfter(t, sentence));
            if (end <= t)
            {
                continue;
            }
            var d = new Draft { Cue = _doc.Tokens[t].Span(), Sentence = s, Belief = false };
            if (start < t)
            {
                d.Content.Add(_doc.SpanOf(start, t));
            }
            d.Content.Add(new TextSpan(_doc.Tokens[t + 1].Start, _doc.Tokens[end].End));
            Commit(d, nested: false);
        }
    }

    /// <summary>The last token of the clause holding <paramref name="t"/>: before the next comma, semicolon or dash.</summary>
    private int ClauseEndAfter(int t, Sentence sentence)
    {
        for (var k = t + 1; k < sentence.Last; k++)
        {
            if (!_doc.Tokens[k].InQuote && (_doc.IsChar(k, ',') || _doc.IsChar(k, ';') || _doc.IsChar(k, '\u2014')))
            {
                return k - 1;
            }
        }
        return sentence.Last - 1;
    }

    /// <summary>The first token of the clause holding <paramref name="t"/>: after the last comma, semicolon or dash before it.</summary>
    private int ClauseStartBefore(int t, Sentence sentence)
    {
        for (var k = t - 1; k >= sentence.First; k--)
        {
            if (!_doc.Tokens[k].InQuote && (_doc.IsChar(k, ',') || _doc.IsChar(k, ';') || _doc.IsChar(k, '\u2014') || _doc.IsChar(k, ':')))
            {
                return k + 1;
            }
        }
        return sentence.First;
    }
}
