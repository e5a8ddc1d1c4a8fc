using Briefing.Core.Extraction;

using static Briefing.Core.Tests.RuleTestExtractors;

namespace Briefing.Core.Tests;

/// <summary>Where a direct quote's statement starts and ends, and which statement a report or a colon lead hands it to
/// (issue 13, direct quotes). Each test checks the rule on and off. Fictional texts.</summary>
public sealed class QuoteBoundaryRuleTests
{
    private static readonly ArticleExtractor Extractor = new();

    private static string SourceOf(string text, ExtractedStatement s) =>
        s.Source is { } source ? source.Of(text) : throw new Xunit.Sdk.XunitException($"statement \"{s.Text}\" has no source");

    [Fact]
    public void A_colon_lead_naming_a_document_makes_the_document_the_source()
    {
        const string text = "Harbour audit\nMayor Lisbet Quarrie said on Monday that the audit was fair.\n\n"
            + "From the report: \u201cThe berth contracts were signed before the tender closed, and nobody on the board asked why.\u201d";
        var x = Extractor.Extract(text);
        var audit = x.StatementContaining("berth contracts");
        Assert.Equal("the report", SourceOf(text, audit));
        Assert.NotEqual("Lisbet Quarrie", x.SpeakerName(audit));
        var off = Without(ExtractionRule.ColonNounPhrase).Extract(text);
        Assert.Equal("Lisbet Quarrie", off.SpeakerName(off.StatementContaining("berth contracts")));
    }

    [Fact]
    public void A_transcript_lead_as_follows_is_the_source_of_the_quote_after_it()
    {
        const string text = "Ferry hearing\nCouncillor Bram Ostergaard said the ferry would run all winter.\n\n"
            + "Partial transcript as follows:\n\n\u201cThe ferry runs until the ice comes, and after that we will see what the budget allows.\u201d";
        var x = Extractor.Extract(text);
        Assert.Equal("Partial transcript", SourceOf(text, x.StatementContaining("until the ice")));
        var off = Without(ExtractionRule.ColonNounPhrase).Extract(text);
        Assert.Equal("Bram Ostergaard", off.SpeakerName(off.StatementContaining("until the ice")));
    }

    [Fact]
    public void A_quote_joined_by_and_to_a_quoted_statement_is_another_fragment_of_it()
    {
        const string text = "Harbour deal\nOrla Fenwick backed the harbour deal on Tuesday. "
            + "\u201cThis deal must come with strict oversight,\u201d she said, and \u201cclear penalties for delays.\u201d";
        var x = Extractor.Extract(text);
        var deal = x.StatementContaining("strict oversight");
        Assert.Equal(2, deal.Content.Count);
        Assert.Contains("clear penalties", deal.Content[1].Of(text), StringComparison.Ordinal);
        Assert.Single(x.Statements, s => s.Text.Contains("clear penalties", StringComparison.Ordinal));
        // Off: a short cue-less quote is a statement of its own.
        var off = Without(ExtractionRule.QuoteJoinsSentenceStatement).Extract(text);
        Assert.Single(off.StatementContaining("strict oversight").Content);
        Assert.Contains(off.Statements, s => s.Text == "\u201cclear penalties for delays.\u201d");
    }

    [Fact]
    public void A_quote_after_a_short_link_continues_the_statement_of_its_sentence()
    {
        const string text = "Harbour fees\nThe harbour fees are checked against the tariff, Bram Ostergaard said, but \u201cwe never ask who pays them.\u201d";
        var x = Extractor.Extract(text);
        var said = x.Statements.Single(s => s.CueText == "said");
        Assert.Equal(2, said.Content.Count);
        Assert.Contains("who pays them", said.Content[1].Of(text), StringComparison.Ordinal);
        Assert.Single(x.Statements, s => s.Text.Contains("who pays them", StringComparison.Ordinal));
        var off = Without(ExtractionRule.QuoteJoinsSentenceStatement).Extract(text);
        Assert.Single(off.Statements.Single(s => s.CueText == "said").Content);
    }

    [Fact]
    public void A_quote_after_a_new_subject_is_not_joined_to_the_statement_before()
    {
        const string text = "Harbour fees\nThe harbour fees are checked against the tariff, Bram Ostergaard said, but that the board \u201cnever asks who pays them\u201d worries him.";
        var x = Extractor.Extract(text);
        Assert.Single(x.Statements.Single(s => s.CueText == "said").Content);
    }

    [Fact]
    public void A_determiner_phrase_after_a_subordinator_is_the_subject_not_an_earlier_name()
    {
        const string text = "Ferry lunch\nBram Ostergaard was in the harbour office with other aides when a member of the ferry crew suggested they post a photo of the \u201cfamous\u201d fish soup.";
        var x = Extractor.Extract(text);
        var suggested = x.Statements.Single(s => s.CueText == "suggested");
        Assert.Equal("a member of the ferry crew", SourceOf(text, suggested));
        Assert.NotEqual("Bram Ostergaard", x.SpeakerName(suggested));
        var off = Without(ExtractionRule.BoundedNounPhrase).Extract(text);
        Assert.Equal("Bram Ostergaard", off.SpeakerName(off.Statements.Single(s => s.CueText == "suggested")));
    }

    [Fact]
    public void A_comma_inside_a_closing_quote_ends_the_content_before_a_participle_cue()
    {
        const string text = "Harbour fees\nOrla Fenwick said the harbour fees were \u201cdaylight robbery,\u201d noting that "
            + "the fees had doubled in two years.";
        var x = Extractor.Extract(text);
        var said = x.Statements.Single(s => s.CueText == "said");
        Assert.EndsWith("robbery,\u201d", said.Text, StringComparison.Ordinal);
        Assert.Contains(x.Statements, s => s.CueText == "noting" && s.Text.Contains("doubled", StringComparison.Ordinal));
        var off = Without(ExtractionRule.QuoteCommaEnds).Extract(text);
        Assert.Contains("doubled", off.Statements.Single(s => s.CueText == "said").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_closing_report_replaces_the_statement_of_another_speaker_it_holds()
    {
        const string text = "Harbour vote\nOrla Fenwick said the berths were \u201ca gift to the ferry companies\u201d before the vote, "
            + "the Portlow Courier reported.";
        var x = Extractor.Extract(text);
        var report = x.StatementContaining("a gift to the ferry companies");
        Assert.Equal("reported", report.CueText);
        Assert.DoesNotContain(x.Statements, s => s.CueText == "said");
        var off = Without(ExtractionRule.ReportDropsInnerStatement).Extract(text);
        Assert.Contains(off.Statements, s => s.CueText == "said" && off.SpeakerName(s) == "Orla Fenwick");
    }

    [Fact]
    public void An_according_to_report_keeps_the_statement_it_holds()
    {
        const string text = "Harbour vote\n\u201cThe berths are a gift to the ferry companies,\u201d Orla Fenwick said, according to the Portlow Courier.";
        var x = Extractor.Extract(text);
        Assert.Contains(x.Statements, s => s.CueText == "said" && x.SpeakerName(s) == "Orla Fenwick");
    }

    [Fact]
    public void A_closing_report_whose_content_goes_on_after_its_cue_still_replaces_the_inner_statement()
    {
        const string text = "Marina fees\nAt the older yards, skippers may be willing to pay more \u201cbecause they want a safe berth,\u201d "
            + "Mr. Tobin Harrow said. \u201cBut the public slips cannot charge that much.\u201d";
        var x = Extractor.Extract(text);
        Assert.Equal("said", x.StatementContaining("a safe berth").CueText);
        Assert.DoesNotContain(x.Statements, s => s.CueText == "willing");
        var off = Without(ExtractionRule.ReportWithTrailingContent).Extract(text);
        Assert.Contains(off.Statements, s => s.CueText == "willing");
    }

    [Fact]
    public void A_report_after_a_subordinate_lead_or_inside_a_relative_aside_keeps_the_inner_statement()
    {
        const string lead = "Marina fees\nAfter Wenna Pollard said that small yards would do better at \u201cquieter moorings,\u201d "
            + "Tobin Harrow said: \u201cI do not agree with her at all.\u201d";
        var x = Extractor.Extract(lead);
        Assert.Contains(x.Statements, s => s.CueText == "said" && x.SpeakerName(s) == "Wenna Pollard");
        const string aside = "Marina fees\nTobin Harrow compared the skippers to the crews of the old ferries, all of whom, he explained, "
            + "needed \u201ca little help\u201d to get started.";
        var y = Extractor.Extract(aside);
        Assert.Contains(y.Statements, s => s.CueText == "compared");
    }
}
