using Briefing.Core.Extraction.Lexicons;
using Briefing.Core.Extraction.Text;

namespace Briefing.Core.Extraction.Attribution;

/// <summary>OpeningParticipleSplit: "Conceding that a deal would come “down the line” Roe warned: “…”", "Remarking upon
/// the plan's “reach,” Roe said, “…”" — the main cue took the sentence-opening participle phrase as its first content
/// fragment; annotators keep that phrase as a statement of its own (cue: the participle, a speech verb; speaker: the
/// main clause's), and the main statement keeps only what follows its cue.</summary>
internal sealed partial class Attributor
{
    private void SplitOpeningParticiple(int s, Sentence sentence, int firstInSentence)
    {
        // The cue finder leaves a capitalised participle opening the sentence alone ("Remarking upon …"): read it here.
        var first = sentence.First;
        if (!OpensWithParticiple(first) || first + 1 >= sentence.Last || !_doc.Word(first).EndsWith("ing", StringComparison.Ordinal)
            || (Lexicon.CueOf(_doc.Word(first)) & CueFlags.Participle) == 0)
        {
            return;
        }
        var phraseStart = _doc.Tokens[sentence.First].Start;
        for (var i = firstInSentence; i < Drafts.Count; i++)
        {
            var d = Drafts[i];
            if (d.Content.Count < 2 || d.Content[0].Start != phraseStart || d.Cue is not { } main || main.Start < d.Content[0].End
                || _doc.Tokens[first + 1].Start >= d.Content[0].End)
            {
                continue;
            }
            var own = new Draft
            {
                Cue = _doc.SpanOf(first, first + 1),
                Sentence = s,
                Participle = true,
                Source = d.Source,
                Speaker = d.Speaker,
                How = d.How,
            };
            own.Content.Add(new TextSpan(_doc.Tokens[first + 1].Start, d.Content[0].End));
            _firstContents.Remove(d.Content[0]);
            d.Content.RemoveAt(0);
            _firstContents.Add(d.Content[0]);
            _firstContents.Add(own.Content[0]);
            Drafts.Insert(i, own);
            return;
        }
    }
}
