using Briefing.Core.Extraction.Text;

namespace Briefing.Core.Extraction.Attribution;

internal sealed partial class Attributor
{
    private static readonly Lexicons.WordSet AskedOpeners = Lexicons.Lexicon.Set("when if after once while");

    /// <summary>PassiveAsked: "Roe was asked about the plan", "voters were asked whether …": the question is an
    /// attribution; its content is what follows "asked", its source the asker after "by" if one is named (AskedByAgent).</summary>
    private void PassiveAsked(int s, Sentence sentence)
    {
        for (var t = sentence.First + 1; t + 1 < sentence.Last; t++)
        {
            if (!_doc.WordIs(t, "asked") || _doc.Tokens[t].InQuote)
            {
                continue;
            }
            var aux = t - 1;
            while (aux > sentence.First && t - aux <= 2 && Lexicons.Lexicon.IsVerbAdverb(_doc.Word(aux)))
            {
                aux--;
            }
            if (!Lexicons.Lexicon.Has(PassiveBe, _doc.Word(aux)))
            {
                continue;
            }
            var d = new Draft { Cue = new TextSpan(_doc.Tokens[aux].Start, _doc.Tokens[t].End), Sentence = s };
            var start = SetAsker(d, t + 1, sentence);
            if (_doc.WordIs(start, "by"))
            {
                while (start < sentence.Last && _doc.Tokens[start].Kind == TokenKind.Word && !IsQuestionWord(start) && start - t < 8)
                {
                    start++;
                }
            }
            if (start >= sentence.Last || _doc.Tokens[start].Kind != TokenKind.Word && _doc.Tokens[start].Kind != TokenKind.QuoteOpen)
            {
                continue;
            }
            var end = ContentFinder.EndFrom(_doc, start, sentence, _cues, _rules);
            if (end < start)
            {
                continue;
            }
            d.Content.Add(new TextSpan(_doc.Tokens[start].Start, _doc.Tokens[end].End));
            Commit(d, nested: Drafts.Count > 0 && Drafts[^1].Overlaps(_doc.Tokens[t].Span()));
        }
    }

    private bool IsQuestionWord(int t) =>
        _doc.WordIs(t, "about") || _doc.WordIs(t, "whether") || _doc.WordIs(t, "if") || _doc.WordIs(t, "to") || _doc.WordIs(t, "why")
        || _doc.WordIs(t, "what") || _doc.WordIs(t, "how") || _doc.WordIs(t, "who") || _doc.WordIs(t, "when") || _doc.WordIs(t, "for");

    /// <summary>AskedClause: "Asked about the plan, Roe said …", "When asked whether …, she …": the question is itself an
    /// attribution with no source unless an asker follows "by" (AskedByAgent); its content runs from after "asked" (and the
    /// asker) to the comma.</summary>
    private void AskedClause(int s, Sentence sentence)
    {
        var t = sentence.First;
        if (_doc.WordIs(t, "and") || _doc.WordIs(t, "but"))
        {
            t++;
        }
        if (t + 1 < sentence.Last && Lexicons.Lexicon.Has(AskedOpeners, _doc.Word(t)) && !_doc.Tokens[t].InQuote)
        {
            t++;
        }
        if (t + 2 >= sentence.Last || !_doc.WordIs(t, "asked") || _doc.Tokens[t].InQuote)
        {
            return;
        }
        var d = new Draft { Cue = new TextSpan(_doc.Tokens[t].Start, _doc.Tokens[t].End), Sentence = s };
        var start = SetAsker(d, t + 1, sentence);
        var comma = start;
        while (comma < sentence.Last && !_doc.IsChar(comma, ',') && comma - start < 40)
        {
            comma++;
        }
        if (comma >= sentence.Last || comma == start || comma - start >= 40 || _doc.Tokens[comma].InQuote)
        {
            return;
        }
        d.Content.Add(_doc.SpanOf(start, comma));
        Commit(d, nested: false);
    }
}
