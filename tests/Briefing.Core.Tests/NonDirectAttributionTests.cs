using Briefing.Core.Extraction;

namespace Briefing.Core.Tests;

/// <summary>Attributions without quotation marks whose source is not a person: polls, counts, records, forecasts.
/// Fictional people and places only.</summary>
public sealed class NonDirectAttributionTests
{
    private static readonly ArticleExtractor Extractor = new();

    [Fact]
    public void According_to_takes_a_long_non_person_source_before_the_comma()
    {
        const string text = "Harbour vote\nAccording to early results of a survey conducted for the Veltria Gazette by Marrow Research, "
            + "most voters in Brannock County favor the new pier.";
        var x = Extractor.Extract(text);
        var s = x.StatementContaining("most voters in Brannock County");
        Assert.NotNull(s.Source);
        Assert.Equal("early results of a survey conducted for the Veltria Gazette by Marrow Research", s.Source!.Value.Of(text));
    }

    [Fact]
    public void According_to_after_the_clause_takes_the_source_up_to_the_full_stop()
    {
        const string text = "Harbour vote\nOdile Brannock now leads with at least 412 delegates, according to a tally by the Veltria Gazette.";
        var x = Extractor.Extract(text);
        var s = x.StatementContaining("now leads with at least 412 delegates");
        Assert.Equal("a tally by the Veltria Gazette", s.Source!.Value.Of(text));
    }

    [Theory]
    [InlineData("Harbour fund\nNew filing reports show the pier fund raised $2 million in May.", "the pier fund raised $2 million")]
    [InlineData("Harbour fund\nThe pier fund raised $2 million in May, state records show.", "The pier fund raised $2 million")]
    public void Records_and_polls_show_a_finding(string text, string content)
    {
        var x = Extractor.Extract(text);
        var s = x.StatementContaining(content);
        Assert.Contains("show", s.CueText);
        Assert.NotNull(s.Source);
    }

    [Theory]
    // A named subject ("Mayor Odile Brannock seemed to welcome …") is the source: IndirectSpeakerRuleTests; the phrase
    // subject of seem/appear ("The delay seemed to …") is one with no actor: ReportedSpeechRuleTests.
    [InlineData("Harbour vote\nThe pier budget is expected to pass on Monday.", "is expected")]
    public void An_expectation_or_impression_without_a_holder_has_no_source(string text, string cue)
    {
        var x = Extractor.Extract(text);
        var s = Assert.Single(x.Statements, st => st.CueText == cue);
        Assert.Null(s.Source);
        Assert.Equal(2, s.Content.Count);
        Assert.StartsWith("to ", s.Content[1].Of(text));
    }

    [Fact]
    public void A_quoted_expectation_is_left_to_the_quote_rules()
    {
        const string text = "Harbour vote\nThe referendum \u201cis expected to pass,\u201d Pim Sorrowgate said.";
        var x = Extractor.Extract(text);
        Assert.DoesNotContain(x.Statements, st => st.CueText == "is expected");
    }
}
