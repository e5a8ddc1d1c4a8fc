using Briefing.Core.Extraction.Cues;
using Briefing.Core.Extraction.Lexicons;
using Briefing.Core.Extraction.Text;

namespace Briefing.Core.Extraction.Attribution;

/// <summary>NameBeforeAsideAfterWhat: "… in what Tamsin Vell, treasurer for the rival union, called “hand-to-hand
/// combat.”", "charges that Tamsin Vell, for one, called “harbour lingo.”" — after what/that/which/whom, a person's name
/// and a comma-bounded aside right before the cue: the name is the cue's subject, whatever the aside opens with (the
/// appositive rule knows only determiner, title and participle asides, so the clause subject before took the quote).</summary>
internal sealed partial class Attributor
{
    private const int MaxAsideWords = 15;

    private static readonly Lexicons.WordSet ClauseObjectOpeners = Lexicon.Set("what that which whom");

    private SourcePhrase? NameBeforeAsideAfterWhat(Cue cue, Sentence sentence)
    {
        var close = cue.First - 1;
        if (close <= sentence.First || !_doc.IsChar(close, ',') || (cue.Flags & CueFlags.Participle) != 0)
        {
            return null;
        }
        for (var k = close - 1; k > sentence.First && close - k <= MaxAsideWords; k--)
        {
            if (_doc.Tokens[k].InQuote || _doc.Tokens[k].Kind is TokenKind.QuoteOpen or TokenKind.QuoteClose)
            {
                return null;
            }
            if (!_doc.IsChar(k, ','))
            {
                continue;
            }
            if (k + 1 >= close || SourceFinder.PhraseEndingAt(_doc, k - 1, sentence.First) is not { } name
                || name.First - 1 < sentence.First || !Lexicon.Has(ClauseObjectOpeners, _doc.Word(name.First - 1))
                || !IsPerson(name.NameLast - 1))
            {
                return null;
            }
            return name;
        }
        return null;
    }
}
