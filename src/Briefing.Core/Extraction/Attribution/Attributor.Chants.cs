using Briefing.Core.Extraction.Text;

namespace Briefing.Core.Extraction.Attribution;

/// <summary>ChantOfQuote: "But their chants of “Vell! Vell!” were cut short", "The team was met with chants of “…”" —
/// a crowd's words quoted after a chant, cry or shout noun and "of" are a direct statement, though no verb reports
/// them. Its source is a possessor right before the noun ("their"); otherwise the crowd goes unnamed, which is what the
/// sentence says.</summary>
internal sealed partial class Attributor
{
    private static readonly System.Collections.Frozen.FrozenSet<string> ChantNouns = Lexicons.Lexicon.Set("""
        chant chants cry cries shout shouts chorus roar roars jeers
        """);

    private void ChantsOfQuote(int s, Sentence sentence)
    {
        for (var t = sentence.First; t + 2 < sentence.Last; t++)
        {
            var tok = _doc.Tokens[t];
            // The cheap tests first: this runs for every word.
            if (tok.Kind != TokenKind.Word || tok.InQuote || _doc.Tokens[t + 2].Kind != TokenKind.QuoteOpen || !_doc.WordIs(t + 1, "of")
                || !Lexicons.Lexicon.Has(ChantNouns, _doc.Word(t)))
            {
                continue;
            }
            var quote = _doc.Quotes[_doc.Tokens[t + 2].Quote];
            if (!quote.Closed || OverlapsDraft(t + 2, t + 2))
            {
                continue;
            }
            var d = new Draft { Cue = new TextSpan(tok.Start, _doc.Tokens[t + 1].End), Sentence = s };
            if (t > sentence.First && Possessor(t - 1) is { } owner)
            {
                d.Source = _doc.SpanOf(owner.First, owner.Last);
                (d.Speaker, d.How) = ResolvePossessor(owner);
            }
            d.Content.Add(new TextSpan(quote.Start, quote.End));
            Commit(d, nested: false);
        }
    }
}
