using Briefing.Core.Extraction.Cues;
using Briefing.Core.Extraction.Lexicons;
using Briefing.Core.Extraction.Text;

namespace Briefing.Core.Extraction.Attribution;

/// <summary>ByGerundSubject: "Roe began by saying the levy was too high", "Poe won over the crews by promising a lower
/// levy" — a speech cue in the -ing form right after "by" (not opening the sentence) speaks for the clause subject, read
/// as for "…, saying" (ParticipleSubject); a possessive is no subject, and a statement earlier in the sentence that
/// already holds the cue ("Roe responded by calling …") keeps it.</summary>
internal sealed partial class Attributor
{
    private bool ByGerund(Cue cue, int s, Sentence sentence, int firstInSentence)
    {
        var by = cue.First - 1;
        var verb = by - 1;
        if (!_rules.Uses(ExtractionRule.ByGerundSubject) || (cue.Flags & CueFlags.Participle) == 0 || verb <= sentence.First
            || !_doc.WordIs(by, "by") || _doc.Tokens[by].InQuote || _doc.Tokens[verb].Kind != TokenKind.Word || _doc.Tokens[verb].InQuote
            || !_doc.Word(cue.First).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var cueSpan = _doc.Tokens[cue.First].Span();
        for (var i = firstInSentence; i < Drafts.Count; i++)
        {
            if (Drafts[i].Overlaps(cueSpan))
            {
                return false;
            }
        }
        // The participle's subject is the clause subject, read as for "…, saying" (a subordinate clause after a comma first);
        // a possessive ("the Party's nominee") is no subject.
        if (ParticipleSubject(cue.First, sentence) is not { } subject || subject.Last > verb || IsPossessive(subject.NameLast - 1))
        {
            return false;
        }
        var d = NewDraft(cue, s, subject);
        AddRightContent(d, cue, sentence);
        if (d.Content.Count == 0 || d.Content[0].Start < cueSpan.Start)
        {
            return false;
        }
        Commit(d, nested: false);
        return true;
    }
}
