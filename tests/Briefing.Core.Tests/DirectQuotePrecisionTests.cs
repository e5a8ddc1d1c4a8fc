using Briefing.Core.Extraction;

using static Briefing.Core.Tests.RuleTestExtractors;

namespace Briefing.Core.Tests;

/// <summary>Direct-quote precision and boundaries (seventh direct-quote pass): quoted terms and titles that are no
/// speech, a quote that belongs to a concessive clause, and a follow-on quote after an indirect statement. Each test
/// checks the rule on and off. Fictional texts.</summary>
public sealed class DirectQuotePrecisionTests
{
    private static readonly ArticleExtractor Extractor = new();

    private static bool Has(ArticleExtraction x, string fragment) =>
        x.Statements.Any(s => s.Text.Contains(fragment, StringComparison.Ordinal));

    [Fact]
    public void A_quoted_word_after_a_determiner_and_an_adjective_is_a_term()
    {
        const string text = "Harbour levy\nOrla Fenwick said on Monday that the levy would pay for new berths.\n\n"
            + "She has long fought the now-derided \u201cestablishment\u201d on the harbour board.";
        Assert.False(Has(Extractor.Extract(text), "establishment"));
        Assert.True(Has(Without(ExtractionRule.QuotedTermAfterModifier).Extract(text), "establishment"));
    }

    [Fact]
    public void A_quoted_word_after_a_determiner_and_a_noun_stays_speech()
    {
        // "the term “…”" names the words someone used: the rule leaves nouns alone.
        const string text = "Harbour levy\nOrla Fenwick said on Monday that the levy would pay for new berths.\n\n"
            + "She has often used the term \u201cdead water\u201d for the old basin.";
        Assert.True(Has(Extractor.Extract(text), "dead water"));
    }

    [Fact]
    public void A_title_set_off_by_a_comma_in_an_opening_phrase_is_no_content()
    {
        const string text = "Harbour savings\nIn his 2009 book, \u201cThe Harbour Master's Ledger,\u201d Bram Ostergaard suggested saving "
            + "a tenth of every catch.";
        var x = Extractor.Extract(text);
        Assert.False(Has(x, "Ledger"));
        Assert.True(Has(x, "a tenth of every catch"));
        Assert.True(Has(Without(ExtractionRule.TitleAppositiveIsNoContent).Extract(text), "Ledger"));
    }

    [Fact]
    public void A_quote_closing_a_concessive_clause_with_its_own_statement_is_not_the_main_cue_s_content()
    {
        const string text = "Harbour deal\nAlthough Bram Ostergaard admitted that the two had been \u201cfriendly for some time,\u201d "
            + "he claimed they had never met in person.";
        var x = Extractor.Extract(text);
        var claimed = x.StatementContaining("never met");
        Assert.DoesNotContain("friendly", claimed.Text, StringComparison.Ordinal);
        var off = Without(ExtractionRule.SubordinateQuoteIsNoContent).Extract(text);
        Assert.DoesNotContain(off.Statements, s => s.Text.Contains("never met", StringComparison.Ordinal));
    }

    [Fact]
    public void A_whole_paragraph_quote_after_an_indirect_statement_joins_it()
    {
        const string text = "Harbour crews\nOrla Fenwick praised the harbour crews for their work through the storm.\n\n"
            + "\u201cThey never stopped, not for one night, and the town owes them a great deal.\u201d\n\n"
            + "The harbour reopens on Friday.";
        var x = Extractor.Extract(text);
        var joined = x.StatementContaining("never stopped");
        Assert.Contains("harbour crews", joined.Text, StringComparison.Ordinal);
        var off = Without(ExtractionRule.NextParagraphQuoteJoinsIndirect).Extract(text);
        Assert.DoesNotContain("harbour crews", off.StatementContaining("never stopped").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sentence_opening_with_a_subordinator_after_a_closing_quote_is_no_trailing_attribution()
    {
        // Sentence splitting (no rule switch): "“….” When …" starts a new sentence even though a cue word follows.
        const string text = "Harbour board\nOrla Fenwick labeled the plan \u201cunfit for the harbour.\u201d When the vote was announced, "
            + "a columnist for the Portlow Courier said he was ashamed of the board.";
        var x = Extractor.Extract(text);
        Assert.DoesNotContain("When the vote", x.StatementContaining("unfit for the harbour").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_dash_after_a_closing_quote_ends_the_content()
    {
        const string text = "Harbour plan\nOrla Fenwick said she was \u201cencouraged\u201d by the plan \u2014 a modest boost for the port "
            + "after a long winter.";
        var x = Extractor.Extract(text);
        Assert.DoesNotContain("modest boost", x.StatementContaining("encouraged").Text, StringComparison.Ordinal);
        var off = Without(ExtractionRule.QuoteDashEnds).Extract(text);
        Assert.Contains("modest boost", off.StatementContaining("encouraged").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Paired_dashes_around_an_aside_keep_the_content_running()
    {
        const string text = "Harbour plan\nOrla Fenwick said the \u201charbour levy\u201d \u2014 a charge on every berth \u2014 would pay "
            + "for the new quay.";
        var x = Extractor.Extract(text);
        Assert.Contains("new quay", x.StatementContaining("harbour levy").Text, StringComparison.Ordinal);
    }
}
