using Briefing.Core.Extraction.Lexicons;
using Briefing.Core.Extraction.Text;

namespace Briefing.Core.Extraction.Attribution;

internal sealed partial class Attributor
{
    // After "…, she said," these open a clause of their own (the writer's), not the rest of the reported one.
    private static readonly Lexicons.WordSet OwnClauseOpeners = Lexicon.Set("""
        and but or nor while whereas as which who whom whose where when although though according yet so then
        """);

    /// <summary>ParentheticalCueSpansSentence: "The trouble with the levy, she said, is that “nobody pays it.”" — a source
    /// and cue set off by commas split the reported clause; what follows the second comma goes on with it and belongs
    /// to the same content (ContentBeforeComma keeps the part before). A participle, a conjunction, a relative word or a
    /// capitalised word after the comma opens a clause of its own instead.</summary>
    private void AddClauseAfterParenthetical(Draft d, int comma, Sentence sentence)
    {
        if (comma < 0 || !_rules.Uses(ExtractionRule.ParentheticalCueSpansSentence))
        {
            return;
        }
        var next = comma + 1;
        var word = _doc.Word(next);
        if (_doc.Tokens[next].Capitalized || Lexicon.Has(OwnClauseOpeners, word) || word.EndsWith("ing", StringComparison.Ordinal) || StartsCue(next))
        {
            return;
        }
        var end = ContentFinder.EndFrom(_doc, next, sentence, _cues, _rules);
        if (end > next)
        {
            d.Content.Add(new TextSpan(_doc.Tokens[next].Start, _doc.Tokens[end].End));
        }
    }
}
