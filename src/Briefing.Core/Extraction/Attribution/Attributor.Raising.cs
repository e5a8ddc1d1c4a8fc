using Briefing.Core.Extraction.Text;

namespace Briefing.Core.Extraction.Attribution;

internal sealed partial class Attributor
{
    private static readonly System.Collections.Frozen.FrozenSet<string> RaisingVerbs =
        Lexicons.Lexicon.Set("seem seems seemed appear appears appeared");

    private static readonly System.Collections.Frozen.FrozenSet<string> RaisingAux =
        Lexicons.Lexicon.Set("is are was were 's");

    /// <summary>"The vote is expected to pass." / "Roe seemed to welcome the plan.": an expectation or impression with
    /// no one named as holding it. The content is the subject plus the infinitive clause; the cue ("is expected",
    /// "seemed") stands between them and there is no source.</summary>
    private void Raising(int s, Sentence sentence)
    {
        for (var t = sentence.First + 1; t + 2 < sentence.Last; t++)
        {
            var tok = _doc.Tokens[t];
            if (tok.Kind != TokenKind.Word || tok.InQuote || tok.Capitalized)
            {
                continue;
            }
            int cueFirst;
            if (Lexicons.Lexicon.Has(RaisingVerbs, _doc.Word(t)))
            {
                cueFirst = t;
            }
            else if ((_doc.WordIs(t, "expected") || _doc.WordIs(t, "likely")) && Lexicons.Lexicon.Has(RaisingAux, _doc.Word(t - 1)))
            {
                cueFirst = t - 1;
            }
            else
            {
                continue;
            }
            if (!_doc.WordIs(t + 1, "to") || _doc.Tokens[t + 2].Kind != TokenKind.Word || _doc.Tokens[t + 2].InQuote || cueFirst <= sentence.First)
            {
                continue;
            }
            if (ClauseSubject(cueFirst, sentence) is not { } subject || subject.Last > cueFirst || Lexicons.Lexicon.IsSubjectPronoun(_doc.Word(subject.First), out _) && _doc.WordIs(subject.First, "it"))
            {
                continue;
            }
            var end = ContentFinder.EndFrom(_doc, t + 1, sentence, _cues, _rules);
            if (end <= t + 1)
            {
                continue;
            }
            // A quote in the sentence has its own speaker; this rule is for unquoted expectations only.
            var quoted = false;
            for (var k = subject.First; k <= end && !quoted; k++)
            {
                quoted = _doc.Tokens[k].InQuote || _doc.Tokens[k].Kind is TokenKind.QuoteOpen or TokenKind.QuoteClose;
            }
            if (quoted)
            {
                continue;
            }
            var d = new Draft { Cue = new TextSpan(_doc.Tokens[cueFirst].Start, _doc.Tokens[t].End), Sentence = s, Belief = true };
            d.Content.Add(new TextSpan(_doc.Tokens[subject.First].Start, _doc.Tokens[cueFirst - 1].End));
            d.Content.Add(new TextSpan(_doc.Tokens[t + 1].Start, _doc.Tokens[end].End));
            Commit(d, nested: false);
        }
    }
}
