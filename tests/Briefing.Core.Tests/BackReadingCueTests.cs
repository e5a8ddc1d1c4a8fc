using Briefing.Core.Extraction;

using static Briefing.Core.Tests.RuleTestExtractors;

namespace Briefing.Core.Tests;

/// <summary>Direct quotes split where annotators keep one statement (issue 13, split-or-joined pass): a later cue inside
/// an earlier statement's content must not read the sentence backwards over that statement's cue and take its quote a
/// second time. Each rule is checked on and off. Fictional texts.</summary>
public sealed class BackReadingCueTests
{
    private static readonly ArticleExtractor Extractor = new();

    private static int StatementsHolding(ArticleExtraction x, string fragment) =>
        x.Statements.Count(s => s.Text.Contains(fragment, StringComparison.Ordinal));

    [Theory]
    [InlineData("Orla Fenwick said the vote was a gesture meant to highlight \u201cthe hypocrisy of the board\u201d focused on a single clause of the levy.", "hypocrisy")]
    [InlineData("Bram Ostergaard said Friday that it would \u201chave been kind\u201d had Orla Fenwick congratulated him for winning the harbour vote.", "have been kind")]
    [InlineData("In a Courier poll released Sunday, just 8 percent of dockers said they would back the levy; just 1 percent of clerks and 3 percent of self-described \u201cmoderates\u201d said they would back the board.", "moderates")]
    public void A_later_cue_does_not_take_the_quote_of_the_statement_it_lies_in(string sentence, string quoted)
    {
        var text = Lead + sentence;
        var x = Extractor.Extract(text);
        Assert.Equal(1, StatementsHolding(x, quoted));
        Assert.Equal("said", x.StatementContaining(quoted).CueText);

        // The poll sentence's "“moderates” said they" is also kept whole by PronounAfterQuoteOpensClause ("they" is no
        // inverted source), so both rules are off for the before case.
        var off = new ArticleExtractor(null, ExtractorSettings.Default.Without(ExtractionRule.BackReadingCueDropped)
            .Without(ExtractionRule.PronounAfterQuoteOpensClause)).Extract(text);
        Assert.Equal(2, StatementsHolding(off, quoted));
    }

    [Fact]
    public void A_cue_in_the_next_sentence_keeps_its_statement()
    {
        // The statement before ran on past its closing full stop; the next sentence's cue is no part of it.
        const string text = Lead + "Addressing the dock union on Thursday, Bram Ostergaard said the harbour has \u201ctreated me so well.\u201d "
            + "He touted his wins in various ports, particularly in the north.";
        var x = Extractor.Extract(text);
        Assert.Contains(x.Statements, s => s.CueText == "touted");
    }

    [Fact]
    public void A_main_clause_after_a_subordinate_clause_keeps_its_own_cue()
    {
        // The subordinate clause's statements ran on into the main clause; the main clause's cue still speaks.
        const string text = Lead + "If the board is indeed trying to sink the levy \u2014 as many clerks believe, and dockers are alleging, "
            + "but the board strongly denies \u2014 \u201cwhy wouldn\u2019t you want to raise it?\u201d asked Ada Marsh, a dock clerk.";
        var x = Extractor.Extract(text);
        Assert.Contains(x.Statements, s => s.CueText == "asked" && s.Text.Contains("raise it", StringComparison.Ordinal));
    }
}
