using Briefing.Core.Extraction;

using static Briefing.Core.Tests.RuleTestExtractors;

namespace Briefing.Core.Tests;

/// <summary>Direct quotes split or joined where annotators do the opposite (issue 13, structural pass): a quote that is
/// another fragment of the statement before it, a statement whose content ran on into the speaker's next one, and a
/// participle inside a report. Each rule is checked on and off. Fictional texts.</summary>
public sealed class DirectQuoteStructureTests
{
    private static readonly ArticleExtractor Extractor = new();

    [Fact]
    public void A_quote_later_in_the_paragraph_of_a_reported_statement_is_more_of_it()
    {
        const string text = Lead + "Bram Ostergaard has argued that the levy was flawed from the outset because of the deals "
            + "the drafters made with the shipping lines. As a result, there is still \u201ca very powerful lobby that can charge "
            + "whatever it likes.\u201d";
        var on = Extractor.Extract(text).StatementContaining("powerful lobby");
        Assert.Contains("flawed from the outset", on.Text, StringComparison.Ordinal);
        Assert.Equal(2, on.Content.Count);

        var off = Without(ExtractionRule.SameParagraphQuoteJoinsIndirect).Extract(text);
        Assert.DoesNotContain("flawed from the outset", off.StatementContaining("powerful lobby").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_participle_after_while_or_before_ends_the_quoted_content_and_speaks_for_itself()
    {
        const string text = Lead + "Mara Quillfeather insisted it was \u201cpremature\u201d to back the harbour plan this year "
            + "before adding that the board \u201chas its heart in the right place.\u201d";
        var x = Extractor.Extract(text);
        Assert.DoesNotContain("right place", x.StatementContaining("premature").Text, StringComparison.Ordinal);
        var adding = x.StatementContaining("right place");
        Assert.Equal("adding", adding.CueText);
        Assert.Equal("Mara Quillfeather", x.SpeakerName(adding));

        var off = Without(ExtractionRule.SubordinateParticipleAfterQuoteEnds).Extract(text);
        Assert.Contains("right place", off.StatementContaining("premature").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_participle_inside_a_statement_is_part_of_it_whoever_its_subject()
    {
        const string text = Lead + "Mara Quillfeather claimed that remarks by Bram Ostergaard calling for a berth tax make him "
            + "\u201cthe best friend the shipping lobby ever had.\u201d";
        var x = Extractor.Extract(text);
        var claim = x.StatementContaining("best friend");
        Assert.Equal("Mara Quillfeather", x.SpeakerName(claim));
        Assert.Contains("calling for a berth tax", claim.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(x.Statements, s => x.SpeakerName(s) == "Bram Ostergaard");

        var off = Without(ExtractionRule.NestedParticipleDropped).Extract(text);
        Assert.Contains(off.Statements, s => off.SpeakerName(s) == "Bram Ostergaard" && s.CueText!.StartsWith("calling", StringComparison.Ordinal));
    }

    [Fact]
    public void A_participle_with_its_own_subject_after_of_stays_a_statement()
    {
        const string text = Lead + "The advert concludes with footage of Bram Ostergaard saying at the harbour last week, "
            + "\u201cThat makes me smart.\u201d";
        var x = Extractor.Extract(text);
        Assert.Contains(x.Statements, s => s.CueText == "saying" && x.SpeakerName(s) == "Bram Ostergaard"
            && s.Text.Contains("makes me smart", StringComparison.Ordinal));
    }

    [Fact]
    public void A_second_verb_inside_the_statement_before_its_quote_is_part_of_that_statement()
    {
        const string text = Lead + "Orla Fenwick said she would like Poe to explain his stance on the levy but supports his "
            + "candidacy because there is \u201cno question\u201d he is \u201cthe most careful of the two.\u201d";
        var x = Extractor.Extract(text);
        Assert.Single(x.Statements, s => s.Text.Contains("most careful", StringComparison.Ordinal));
        Assert.Equal("said", x.StatementContaining("most careful").CueText);

        var off = Without(ExtractionRule.SharedCueInsideStatement).Extract(text);
        Assert.Contains(off.Statements, s => s.CueText == "supports");
    }

    [Fact]
    public void A_second_verb_after_the_statement_has_quoted_stays_a_statement()
    {
        const string text = Lead + "Mara Quillfeather called the levy \u201creckless\u201d and said the board "
            + "\u201chas lost its way.\u201d";
        var x = Extractor.Extract(text);
        Assert.Contains(x.Statements, s => s.CueText == "said" && x.SpeakerName(s) == "Mara Quillfeather"
            && s.Text.StartsWith("the board", StringComparison.Ordinal));
    }
}
