using Briefing.Core.Extraction;

using static Briefing.Core.Tests.RuleTestExtractors;

namespace Briefing.Core.Tests;

/// <summary>Direct-quote speakers (issue 13, eleventh pass): a quote with a cue of its own keeps that cue's speaker
/// instead of being taken by a neighbouring statement. Each rule is checked on and off. Fictional texts.</summary>
public sealed class DirectSpeakerCueTests
{
    private static readonly ArticleExtractor Extractor = new();

    [Fact]
    public void A_lead_in_ending_its_sentence_leaves_the_next_quote_to_the_cue_after_it()
    {
        const string text = Lead + "Budget hawks have a point about the levy, as Tom Vell noted in the Courier.\n\n"
            + "\u201cI worry that we may see the board singing the virtues of balanced budgets again,\u201d said Ann Baker, "
            + "co-director of the Harbour Fiscal Centre, a liberal think tank.";
        var x = Extractor.Extract(text);
        Assert.Equal("Ann Baker", x.SpeakerName(x.StatementContaining("I worry that")));

        var off = Without(ExtractionRule.LeadInSkipsAttributedQuote).Extract(text);
        Assert.Equal("Tom Vell", off.SpeakerName(off.StatementContaining("I worry that")));
    }

    [Fact]
    public void A_cue_whose_content_opens_with_another_speakers_quoting_clause_gives_way_to_it()
    {
        const string text = Lead + "Despite the perceived media attacks, Bram Ostergaard said that \u201cthose who know me know that I am an honest man.\u201d";
        var x = Extractor.Extract(text);
        var honest = x.StatementContaining("honest man");
        Assert.Equal("Bram Ostergaard", x.SpeakerName(honest));
        Assert.DoesNotContain("Ostergaard", honest.Text, StringComparison.Ordinal);

        var off = Without(ExtractionRule.NestedSubjectReplacesOuter).Extract(text);
        Assert.NotEqual("Bram Ostergaard", off.SpeakerName(off.StatementContaining("honest man")));
    }

    [Fact]
    public void According_to_keeps_the_report_as_the_source_of_the_clause_after_it()
    {
        const string text = Lead + "According to the union's newsletter, Bram Ostergaard said he would stay because \u201cthe dock workers need a voice on the board.\u201d";
        var x = Extractor.Extract(text);
        Assert.Null(x.SpeakerName(x.StatementContaining("need a voice")));
    }

    [Fact]
    public void Chants_of_a_quote_are_a_direct_statement_of_their_possessor()
    {
        const string text = Lead + "More than 500 dock workers roared when the vote was called. "
            + "But their chants of \u201cVell! Vell! Vell!\u201d were cut short when the news shifted.";
        var x = Extractor.Extract(text);
        var chant = x.StatementContaining("Vell! Vell!");
        Assert.Equal("chants of", chant.CueText);
        Assert.Equal(StatementKind.Direct, chant.Kind);
        Assert.Equal("their", text[chant.Source!.Value.Start..chant.Source.Value.End]);

        var off = Without(ExtractionRule.ChantFrameQuote).Extract(text);
        Assert.DoesNotContain(off.Statements, st => st.Text.Contains("Vell! Vell!", StringComparison.Ordinal));
    }
}
