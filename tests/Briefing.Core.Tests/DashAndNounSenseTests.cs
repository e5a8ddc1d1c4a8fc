using Briefing.Core.Extraction;

using static Briefing.Core.Tests.RuleTestExtractors;

namespace Briefing.Core.Tests;

/// <summary>Direct-quote boundaries and cue senses (issue 13, thirteenth pass): a quote set off by a dash from the
/// writer's clause, and "showing" as the noun for a result. Each test checks the rule on and off. Fictional texts.</summary>
public sealed class DashAndNounSenseTests
{
    private static readonly ArticleExtractor Extractor = new();

    /// <summary>A statement of the second "said" that took the quote before it as its content.</summary>
    private static bool ReadsBack(ArticleExtraction x) =>
        x.Statements.Any(s => s.CueText == "said" && s.Text.StartsWith("\u201cOne problem", StringComparison.Ordinal));

    [Theory]
    [InlineData(" - ")]
    [InlineData(" \u2014 ")]
    public void A_quote_after_a_dash_with_its_own_attribution_leaves_the_clause_before_the_dash(string dash)
    {
        var text = "Harbour deal\nThe board met on Monday.\n\n"
            + "Neither man was impressed by the harbour board" + dash + "\u201cThey sold every berth to the highest bidder,\u201d "
            + "Bram Ostergaard said - but both voted for it.";
        var x = Extractor.Extract(text);
        var quote = x.StatementContaining("highest bidder");
        Assert.DoesNotContain("impressed", quote.Text, StringComparison.Ordinal);
        Assert.Equal(StatementKind.Direct, quote.Kind);
        var off = Without(ExtractionRule.DashLeadIsNoContent).Extract(text);
        Assert.Contains("impressed", off.StatementContaining("highest bidder").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dash_closing_an_aside_inside_one_quote_keeps_both_halves()
    {
        // "“A” -- aside -- “B,” she says": the writer's aside splits one quote; the statement keeps its first half.
        const string text = "Harbour deal\nThe board met on Monday.\n\n"
            + "\u201cI do not think the levy\u201d -- that the board is a tax office -- \u201cis going to last,\u201d Mara Jennings says.";
        var x = Extractor.Extract(text);
        Assert.Contains("I do not think the levy", x.StatementContaining("going to last").Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Jane Roe made a strong showing with harbour voters in the spring.")]
    [InlineData("Jane Roe's strong showing in Ostrava surprised the board.")]
    public void Showing_after_a_determiner_and_before_a_preposition_is_a_noun(string sentence)
    {
        var text = "Harbour vote\nThe board met on Monday.\n\n" + sentence;
        var x = Extractor.Extract(text);
        Assert.DoesNotContain(x.Statements, s => s.CueText == "showing");
        var off = Without(ExtractionRule.ShowingAsNoun).Extract(text);
        Assert.Contains(off.Statements, s => s.CueText == "showing");
    }

    [Fact]
    public void A_result_noun_takes_no_quote_from_the_next_paragraph()
    {
        const string text = "Harbour vote\nThe board met on Monday.\n\n"
            + "The October figures were encouraging, especially after the downbeat showing in September.\n\n"
            + "\u201cThe hourly data showed the largest rise in years,\u201d Jane Roe, an adviser to the board, wrote after the report.";
        var x = Extractor.Extract(text);
        Assert.Equal("Jane Roe", x.SpeakerName(x.StatementContaining("largest rise")));
        var off = Without(ExtractionRule.ShowingAsNoun).Extract(text);
        Assert.Equal("showing", off.StatementContaining("largest rise").CueText);
    }

    [Fact]
    public void Showing_with_an_object_stays_a_cue()
    {
        const string text = "Harbour vote\nThe board met on Monday.\n\n"
            + "The harbour board released a table showing how much each berth would cost.";
        var x = Extractor.Extract(text);
        Assert.Contains(x.Statements, s => s.CueText == "showing");
    }

    [Theory]
    [InlineData("twice")]
    [InlineData("without evidence")]
    public void A_cue_with_an_aside_before_that_reports_the_clause_ahead(string aside)
    {
        var text = "Harbour vote\nThe board met on Monday.\n\n"
            + "\u201cOur docks are empty,\u201d Jane Roe said. \u201cOne problem is the levy.\u201d She said, " + aside
            + ", that she would return to the harbour office on Monday.";
        var on = Extractor.Extract(text);
        Assert.EndsWith("that she would return to the harbour office on Monday", on.StatementContaining("harbour office").Text, StringComparison.Ordinal);
        Assert.False(ReadsBack(on));
        Assert.True(ReadsBack(Without(ExtractionRule.AsideBeforeThatOpensSentence).Extract(text)));
    }
}
