using Briefing.Core.Extraction.Cues;
using Briefing.Core.Extraction.Lexicons;
using Briefing.Core.Extraction.Text;

namespace Briefing.Core.Extraction.Attribution;

/// <summary>ProgressiveSubject: "Roe has vowed to cut taxes, and Ann Marsh is promising to …" / "critics were
/// saying …": a participle cue right after a form of "be" is the verb of its own clause, so its subject is searched for
/// before the auxiliary (which the phrase finder does not skip) instead of falling back to the clause's first actor.</summary>
internal static class ProgressiveSubject
{
    private static readonly Lexicons.WordSet BeForms = Lexicon.Set("is are was were am been be");

    /// <summary>The token before which the subject of <paramref name="cue"/> ends: the auxiliary for a progressive, else the cue.</summary>
    public static int AuxiliaryBefore(Document doc, Cue cue, Sentence sentence)
    {
        var before = cue.First - 1;
        return (cue.Flags & CueFlags.Participle) != 0 && before > sentence.First && doc.Tokens[before].Kind == TokenKind.Word
            && !doc.Tokens[before].InQuote && Lexicon.Has(BeForms, doc.Word(before))
            ? before
            : cue.First;
    }
}
