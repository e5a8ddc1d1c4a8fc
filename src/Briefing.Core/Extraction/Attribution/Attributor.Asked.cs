using Briefing.Core.Extraction.Text;

namespace Briefing.Core.Extraction.Attribution;

internal sealed partial class Attributor
{
    private static readonly System.Collections.Frozen.FrozenSet<string> AskedOpeners = Lexicons.Lexicon.Set("when if after once while");

    /// <summary>AskedClause: "Asked about the plan, Roe said …", "When asked whether …, she …": the question is itself an
    /// attribution with no source (annotators leave the asker out); its content runs from after "asked" to the comma.</summary>
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
        var start = t + 1;
        var comma = start;
        while (comma < sentence.Last && !_doc.IsChar(comma, ',') && comma - start < 40)
        {
            comma++;
        }
        if (comma >= sentence.Last || comma == start || comma - start >= 40 || _doc.Tokens[comma].InQuote)
        {
            return;
        }
        var d = new Draft { Cue = new TextSpan(_doc.Tokens[t].Start, _doc.Tokens[t].End), Sentence = s };
        d.Content.Add(new TextSpan(_doc.Tokens[start].Start, _doc.Tokens[comma - 1].End));
        Commit(d, nested: false);
    }
}
