using Briefing.Core.Extraction;

namespace Briefing.Core.Tests;

/// <summary>How quotes group into statements: nested cues, follow-on quotes, duplicates (fictional texts).</summary>
public sealed class StatementGroupingTests
{
    private static readonly ArticleExtractor Extractor = new();

    [Theory]
    [InlineData("Councillor Pim Sorrowgate says he believes the ferry plan is \u201cdead on arrival.\u201d", "says")]
    [InlineData("Councillor Pim Sorrowgate said the ferry board claimed the plan was \u201cdead on arrival.\u201d", "said")]
    public void A_cue_nested_inside_another_statement_does_not_make_a_second_statement(string sentence, string cue)
    {
        var x = Extractor.Extract("Ferry plan\n" + sentence);
        var s = Assert.Single(x.Statements, st => st.Text.Contains("dead on arrival", StringComparison.Ordinal));
        Assert.Equal(cue, s.CueText);
        Assert.Equal("Pim Sorrowgate", x.SpeakerName(s));
    }

    [Fact]
    public void A_participle_after_a_statement_keeps_its_own_statement()
    {
        const string text = "Ferry plan\nCouncillor Pim Sorrowgate rejected the plan on Monday, saying it was \u201cdead on arrival.\u201d";
        var x = Extractor.Extract(text);
        Assert.Contains(x.Statements, s => s.CueText == "saying" && s.Text.Contains("dead on arrival", StringComparison.Ordinal));
    }
}
