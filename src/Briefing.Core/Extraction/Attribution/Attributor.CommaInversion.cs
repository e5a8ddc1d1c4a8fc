using Briefing.Core.Extraction.Cues;
using Briefing.Core.Extraction.Lexicons;
using Briefing.Core.Extraction.Text;

namespace Briefing.Core.Extraction.Attribution;

/// <summary>CommaInversionNeedsReportVerb: which cues after a comma may take their source after them.</summary>
internal sealed partial class Attributor
{
    // Verbs that report words and invert after the clause they report: "The plan will fail, said Roe."
    private static readonly Lexicons.WordSet InvertingReportVerbs = Lexicon.Set("""
        say says said tell tells told add adds added write writes wrote note notes noted explain explains explained
        recall recalls recalled continue continues continued ask asks asked reply replies replied respond responds responded
        argue argues argued insist insists insisted warn warns warned observe observes observed quip quips quipped
        acknowledge acknowledges acknowledged admit admits admitted declare declares declared state states stated
        predict predicts predicted concede concedes conceded caution cautions cautioned counter counters countered
        agree agrees agreed report reports reported announce announces announced tweet tweets tweeted
        post posts posted joke jokes joked suggest suggests suggested claim claims claimed complain complains complained
        """);

    /// <summary>"The plan will fail, said Roe" inverts; "Ann Roe, a founder of the club, endorsed Poe, saying …" does not:
    /// after a comma, a cue takes its source after it only when it reports words, or when a quote stands before it (the
    /// statement it frames), or as a passive with its agent ("The bill, opposed by the board, …").</summary>
    private bool InvertsAfterComma(Cue cue, Sentence sentence)
    {
        // A cue is never inside a quote, so any quoted token before it means a quote opened or closed there.
        return Lexicon.Has(InvertingReportVerbs, _doc.Word(cue.First)) || cue.Last < sentence.Last && _doc.WordIs(cue.Last, "by")
            || QuotedBetween(sentence.First, cue.First - 1);
    }
}
