using Briefing.Core.Extraction.Cues;
using Briefing.Core.Extraction.Lexicons;
using Briefing.Core.Extraction.Text;

namespace Briefing.Core.Extraction.Attribution;

internal static partial class ContentFinder
{
    /// <summary>SubordinateParticipleAfterQuoteEnds: "Roe called the plan “premature” on Tuesday before adding …", "called
    /// Poe a “clown” on his show when commenting on …" — after a closed quote of the content, a time subordinator with
    /// a participle cue of its own opens the speaker's next statement: the content ends before it.</summary>
    private static bool SubordinateParticipleAt(Document doc, int k, List<Cue> cues)
    {
        if (doc.Tokens[k].InQuote || doc.Tokens[k].Capitalized || !Lexicon.IsTimeSubordinator(doc.Word(k)))
        {
            return false;
        }
        foreach (var c in cues)
        {
            if (c.First == k + 1 && c.Form == CueForm.Verb && (c.Flags & CueFlags.Participle) != 0)
            {
                return true;
            }
        }
        return false;
    }
}
