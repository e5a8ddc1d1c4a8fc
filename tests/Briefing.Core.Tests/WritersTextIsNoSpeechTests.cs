using Briefing.Core.Extraction;

using static Briefing.Core.Tests.RuleTestExtractors;

namespace Briefing.Core.Tests;

/// <summary>Direct-quote false positives that touch no annotated statement (issue 13, no-gold precision pass): markup
/// left in the page, section headings between paragraphs, and a pronoun after an inverted cue. Each rule is checked on
/// and off. Fictional texts.</summary>
public sealed class WritersTextIsNoSpeechTests
{
    private static readonly ArticleExtractor Extractor = new();

    [Fact]
    public void Quotation_marks_inside_a_markup_tag_open_no_quote_even_across_a_paragraph_break()
    {
        const string text = Lead + "Orla Fenwick answered within the hour.\n\n<tweet tweet-author=\"@ofenwick\" tweet-date=\"May 3, 2016\n\n\">"
            + "The dock workers deserve their say and the board knows it.<tweet/>.\n\nThe board did not reply.";
        var x = Extractor.Extract(text);
        Assert.DoesNotContain(x.Statements, s => s.Text.Contains("deserve their say", StringComparison.Ordinal));

        var off = Without(ExtractionRule.MarkupTagQuotes).Extract(text);
        Assert.Contains(off.Statements, s => s.Text.Contains("deserve their say", StringComparison.Ordinal));
    }

    [Fact]
    public void A_quote_in_a_heading_framed_by_dashes_is_nobodys_statement()
    {
        const string text = Lead + "\u201cWe will keep the harbour open,\u201d Orla Fenwick said at the dock.\n\n"
            + "\u2013 \u2018Who pays?\u2019 \u2013.\n\n"
            + "The levy would fall on every ship entering the port, the board said.";
        var x = Extractor.Extract(text);
        Assert.DoesNotContain(x.Statements, s => s.Text.Contains("Who pays", StringComparison.Ordinal));
        Assert.Equal("Orla Fenwick", x.SpeakerName(x.StatementContaining("keep the harbour open")));

        var off = Without(ExtractionRule.CrossheadIsNoSpeech).Extract(text);
        Assert.Contains(off.Statements, s => s.Text.Contains("Who pays", StringComparison.Ordinal));
    }

    [Fact]
    public void A_pronoun_and_more_words_after_an_inverted_cue_open_its_content()
    {
        const string text = Lead + "The union treasurer, who calls the levy a \u201charbour tax,\u201d said he doubts the board will vote before June.";
        var x = Extractor.Extract(text);
        Assert.Contains(x.Statements, s => s.Text.Contains("will vote before June", StringComparison.Ordinal));
        Assert.DoesNotContain(x.Statements, s => s.Text.StartsWith("The union treasurer, who calls", StringComparison.Ordinal));

        var off = Without(ExtractionRule.PronounAfterQuoteOpensClause).Extract(text);
        Assert.Contains(off.Statements, s => s.Text.StartsWith("The union treasurer, who calls", StringComparison.Ordinal));
    }

    [Fact]
    public void A_pronoun_closing_an_inverted_attribution_is_still_its_source()
    {
        const string text = Lead + "\u201cWe will not pay it,\u201d said she, and left the hall.";
        var x = Extractor.Extract(text);
        Assert.Equal("said", x.StatementContaining("We will not pay it").CueText);
    }

    [Fact]
    public void A_name_opening_the_sentence_is_the_subject_over_an_appositive_that_quotes_a_title()
    {
        const string text = Lead + "Jane Calloway, host of the radio show \u201cHarbour Talk,\u201d suggested the board could delay the levy until June.";
        var x = Extractor.Extract(text);
        var delay = x.StatementContaining("could delay the levy");
        Assert.Equal("Jane Calloway", x.SpeakerName(delay));
        Assert.DoesNotContain(x.Statements, s => s.Text.Contains("Harbour Talk", StringComparison.Ordinal));

        var off = Without(ExtractionRule.NamedSubjectOverQuotedAppositive).Extract(text);
        Assert.Contains(off.Statements, s => s.Text.Contains("Harbour Talk", StringComparison.Ordinal));
    }

    [Fact]
    public void A_relative_pronoun_source_reports_what_follows_its_verb_not_the_clause_before()
    {
        const string text = Lead + "The harbour now draws blogs, newsletters and \"citizen reporters\" who promote wild claims about the levy.";
        var x = Extractor.Extract(text);
        Assert.DoesNotContain(x.Statements, s => s.Text.StartsWith("The harbour now draws", StringComparison.Ordinal));

        var off = Without(ExtractionRule.RelativeSourceReportsAfter).Extract(text);
        Assert.Contains(off.Statements, s => s.Text.StartsWith("The harbour now draws", StringComparison.Ordinal));
    }

    [Fact]
    public void A_quote_between_a_determiner_and_the_source_noun_is_part_of_the_subject()
    {
        const string text = Lead + "Since then, the \u201cTide Turns\u201d crowd has argued that the levy will never pass the board.";
        var x = Extractor.Extract(text);
        Assert.Contains(x.Statements, s => s.Text.Contains("levy will never pass", StringComparison.Ordinal));
        Assert.DoesNotContain(x.Statements, s => s.Text.Contains("Tide Turns", StringComparison.Ordinal));

        var off = Without(ExtractionRule.QuoteModifiesSourceNoun).Extract(text);
        Assert.Contains(off.Statements, s => s.Text.Contains("Tide Turns", StringComparison.Ordinal));
    }

    [Fact]
    public void A_headline_cited_with_its_byline_is_nobodys_statement()
    {
        const string text = Lead + "FAREWELL\u2014\"Harbour club to close in May,\" by Courier's Ann Marsh: \"The Harbour Club, a small "
            + "music hall on the old pier, will close in May, its owners said on Tuesday.\" http://courier.example/1\n\n"
            + "NOW OPEN\u2014\"Pop-up gallery opens on the old pier,\" by Courier's Jane Roe: \"Curators of a pop-up gallery on the pier "
            + "want to show the work of dock workers.\" http://courier.example/2";
        var x = Extractor.Extract(text);
        Assert.DoesNotContain(x.Statements, s => s.Text.Contains("Pop-up gallery", StringComparison.Ordinal));

        var off = Without(ExtractionRule.BylineTitleIsNoSpeech).Extract(text);
        Assert.Contains(off.Statements, s => s.Text.Contains("Pop-up gallery", StringComparison.Ordinal));
    }
}
