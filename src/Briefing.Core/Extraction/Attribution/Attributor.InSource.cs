using Briefing.Core.Extraction.Lexicons;
using Briefing.Core.Extraction.Text;

namespace Briefing.Core.Extraction.Attribution;

/// <summary>"In a CNN poll released Monday, Roe leads by four points." / "In his statement, the plan is called a
/// failure.": a sentence that opens with "In" + a document or poll, then a comma, and has no cue of its own reports
/// what that document says. The phrase after "In" is the source, "In" the cue, the rest of the sentence the content.</summary>
internal sealed partial class Attributor
{
    private const int MaxInSourceWords = 14;

    private static readonly System.Collections.Frozen.FrozenSet<string> DocumentNouns = Lexicon.Set("""
        poll polls survey surveys study studies report reports statement interview letter memo op-ed column editorial
        speech tweet post filing analysis ruling email book essay video ad testimony
        """);

    private void InSource(int s, Sentence sentence, int cuesInSentence)
    {
        var first = sentence.First;
        if (_doc.WordIs(first, "and") || _doc.WordIs(first, "but"))
        {
            first++;
        }
        if (cuesInSentence > 0 || !_doc.WordIs(first, "in") || _doc.Tokens[first].InQuote)
        {
            return;
        }
        var comma = -1;
        var document = false;
        for (var t = first + 1; t < sentence.Last && t - first <= MaxInSourceWords; t++)
        {
            if (_doc.IsChar(t, ','))
            {
                comma = t;
                break;
            }
            document |= _doc.Tokens[t].Kind == TokenKind.Word && Lexicon.Has(DocumentNouns, _doc.Word(t));
        }
        var end = sentence.Last - 1;
        while (end > comma && ContentFinder.IsTrailing(_doc, end))
        {
            end--;
        }
        if (!document || comma < first + 2 || end <= comma + 2)
        {
            return;
        }
        var source = new SourcePhrase(first + 1, comma, first + 1, comma, false);
        var (actor, how) = _resolver.Resolve(source, null);
        var d = new Draft
        {
            Cue = _doc.Tokens[first].Span(),
            Sentence = s,
            Source = new TextSpan(_doc.Tokens[first + 1].Start, _doc.Tokens[comma - 1].End),
            Speaker = actor,
            How = how,
        };
        d.Content.Add(new TextSpan(_doc.Tokens[comma + 1].Start, _doc.Tokens[end].End));
        Commit(d, nested: false);
    }
}
