using Briefing.Core.Extraction;

using static Briefing.Core.Tests.RuleTestExtractors;

namespace Briefing.Core.Tests;

/// <summary>Direct quotes whose statement ran on into another one (issue 13, run-on pass): a cue-less quote in a later
/// sentence with a subject and verb of its own is that clause's statement, not another fragment of the statement
/// before. Each rule is checked on and off. Fictional texts.</summary>
public sealed class QuoteRunOnTests
{
    private static readonly ArticleExtractor Extractor = new();

    [Fact]
    public void A_quote_in_a_later_sentence_with_its_own_subject_and_verb_is_a_new_statement()
    {
        const string text = Lead + "Bram Ostergaard credited the vote to \u201ca closed meeting, something I am not at all keen on.\u201d "
            + "Orla Fenwick took the board to task for its failure to \u201copen its doors and let the dock workers have their say at last.\u201d";
        var x = Extractor.Extract(text);
        var task = x.StatementContaining("open its doors");
        Assert.DoesNotContain("closed meeting", task.Text, StringComparison.Ordinal);
        Assert.Equal("Orla Fenwick", x.SpeakerName(task));
        Assert.DoesNotContain("open its doors", x.StatementContaining("closed meeting").Text, StringComparison.Ordinal);

        var off = Without(ExtractionRule.NewClauseQuoteNotMerged).Extract(text);
        Assert.Contains("closed meeting", off.StatementContaining("open its doors").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_later_sentence_with_no_verb_before_its_quote_stays_with_the_statement_before()
    {
        // A name right before the quote, or a sentence opening with a phrase, is no clause of its own.
        const string text = Lead + "\u201cWe thought only the mayor was careless,\u201d said Orla Fenwick, who runs the dock union. "
            + "Ostergaard \u201ckind of misspoke. This is not something he should raise at the harbour meeting.\u201d";
        var x = Extractor.Extract(text);
        Assert.Contains("careless", x.StatementContaining("kind of misspoke").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_speech_participle_opening_the_sentence_is_a_statement_of_its_own()
    {
        const string text = Lead + "Remarking upon the board's \"genuine patience,\" Orla Fenwick said, \"Leave aside the quarrels, "
            + "its patience with the dock workers is absolutely clear.\"";
        var x = Extractor.Extract(text);
        var remarking = x.StatementContaining("genuine patience");
        Assert.Equal("Remarking", remarking.CueText);
        Assert.Equal("Orla Fenwick", x.SpeakerName(remarking));
        Assert.DoesNotContain("genuine patience", x.StatementContaining("Leave aside").Text, StringComparison.Ordinal);

        var off = Without(ExtractionRule.OpeningParticipleSplit).Extract(text);
        Assert.Contains("genuine patience", off.StatementContaining("Leave aside").Text, StringComparison.Ordinal);
    }
}
