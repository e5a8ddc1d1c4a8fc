using Briefing.Core.Extraction;

using static Briefing.Core.Tests.RuleTestExtractors;

namespace Briefing.Core.Tests;

/// <summary>Statements carried by a noun whose content holds a quote (issue 13, nominal pass): "Roe's recent assertion
/// that “…”", "his long embrace of “…”". Each rule is checked on and off. Fictional texts.</summary>
public sealed class NominalQuoteTests
{
    private static readonly ArticleExtractor Extractor = new();

    private static ExtractedStatement? WithCue(ArticleExtraction x, string cue) =>
        x.Statements.FirstOrDefault(s => s.CueText is { } c && c.StartsWith(cue, StringComparison.Ordinal));

    [Theory]
    [InlineData("For example, Bram Ostergaard's recent, evidence-free assertion that \u201cthousands\u201d of dock workers cheered the levy drew scorn.", "assertion", "thousands")]
    [InlineData("Bram Ostergaard lost the vote. The loss ended his long, pre-levy embrace of \u201charbour reform,\u201d the notion that the docks should be sold.", "embrace", "harbour reform")]
    public void A_possessor_before_several_modifiers_is_the_source_of_the_statement_noun(string sentence, string cue, string quoted)
    {
        var text = Lead + sentence;
        var x = Extractor.Extract(text);
        var statement = WithCue(x, cue) ?? throw new Xunit.Sdk.XunitException("no statement with cue " + cue);
        Assert.Contains(quoted, statement.Text, StringComparison.Ordinal);
        Assert.Equal("Bram Ostergaard", x.SpeakerName(statement));

        Assert.Null(WithCue(Without(ExtractionRule.PossessorOverModifiers).Extract(text), cue));
    }

    [Fact]
    public void A_function_word_or_second_possessive_among_the_modifiers_breaks_the_possessor()
    {
        // "his party's": the party, not he, holds the claim; "of the": the possessor belongs to another noun.
        var x = Extractor.Extract(Lead + "Bram Ostergaard met the mayor. He rejected his own party's recent, sweeping claim that \u201cthe docks\u201d were failing.");
        Assert.NotEqual("Bram Ostergaard", WithCue(x, "claim") is { } s ? x.SpeakerName(s) : null);
    }
    [Theory]
    [InlineData("Orla Fenwick lost the vote. Few forgot her comment that \u201cthe docks can sink for all I care.\u201d", "comment that", "sink")]
    [InlineData("The union sided with Orla Fenwick. Her broadside against \u201cgreedy harbour boards\u201d won the vote.", "broadside against", "greedy")]
    public void A_remark_noun_whose_object_quotes_words_is_a_statement(string sentence, string cue, string quoted)
    {
        var text = Lead + sentence;
        var x = Extractor.Extract(text);
        var statement = WithCue(x, cue) ?? throw new Xunit.Sdk.XunitException("no statement with cue " + cue);
        Assert.Contains(quoted, statement.Text, StringComparison.Ordinal);
        Assert.Equal("Orla Fenwick", x.SpeakerName(statement));

        Assert.Null(WithCue(Without(ExtractionRule.QuotedRemarkNouns).Extract(text), cue));
    }

    [Fact]
    public void A_remark_noun_without_a_quote_is_a_topic_not_a_statement()
    {
        var x = Extractor.Extract(Lead + "Orla Fenwick lost the vote. Her comments on the levy drew a crowd.");
        Assert.Null(WithCue(x, "comments on"));
    }
}
