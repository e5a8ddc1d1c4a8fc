using Briefing.Core.Extraction.Cues;
using Briefing.Core.Extraction.Lexicons;
using Briefing.Core.Extraction.Text;

namespace Briefing.Core.Extraction.Attribution;

/// <summary>PollRespondentsSource: "In a Courier poll released Monday, 31% of voters said they were “extremely
/// enthusiastic.”" — the respondents counted by a quantity speak only through the poll that counted them, so the poll
/// named in the sentence's opening "In" phrase is the source (as annotators mark it), not "voters".</summary>
internal sealed partial class Attributor
{
    private static readonly Lexicons.WordSet PollNouns = Lexicon.Set("poll polls survey surveys study");

    // Words that may stand before the quantity: "just 8 percent", "about half of".
    private static readonly Lexicons.WordSet QuantityHedges = Lexicon.Set("""
        just only about nearly almost roughly some fully over more than less fewer a an
        """);

    private static readonly Lexicons.WordSet QuantityWords = Lexicon.Set("""
        percent majority minority half third thirds quarter most two three four five six seven eight nine ten
        """);

    /// <summary>The poll phrase after a sentence-opening "In" (up to its comma), when the cue's subject, between that
    /// comma and the cue with no comma or quote in between, opens with a quantity ("75 percent of Republicans").</summary>
    private SourcePhrase? PollOfRespondents(Cue cue, Sentence sentence)
    {
        if (OpeningInPhrase(sentence, cue.First, PollNouns) is not (int first, int comma) || cue.First - comma < 2 || cue.First - comma > 10)
        {
            return null;
        }
        for (var t = comma + 1; t < cue.First; t++)
        {
            if (_doc.Tokens[t].Kind is TokenKind.QuoteOpen or TokenKind.QuoteClose || _doc.IsChar(t, ','))
            {
                return null;
            }
        }
        var q = comma + 1;
        while (q < cue.First && _doc.Tokens[q].Kind == TokenKind.Word && Lexicon.Has(QuantityHedges, _doc.Word(q)))
        {
            q++;
        }
        var quantity = q < cue.First && (_doc.Tokens[q].Kind == TokenKind.Number || Lexicon.Has(QuantityWords, _doc.Word(q)));
        return quantity ? new SourcePhrase(first + 1, comma, first + 1, comma, false) : null;
    }
}
