using Briefing.Core.Extraction;

namespace Briefing.Core.Tests;

/// <summary>Reported-speech rules for indirect and belief statements (issue 13, all-attributions pass): each is checked
/// with the rule on and off, so the test shows what the rule itself adds. Names and places are invented.</summary>
public sealed class ReportedSpeechRuleTests
{
    private static ArticleExtraction With(string text) => new ArticleExtractor().Extract(text);

    private static ArticleExtraction Without(ExtractionRule rule, string text) =>
        new ArticleExtractor(null, ExtractorSettings.Default.Without(rule)).Extract(text);

    private static bool Has(ArticleExtraction x, string fragment) => x.Statements.Any(s => s.Text.Contains(fragment, StringComparison.Ordinal));

    private static string SourceOf(string text, ExtractedStatement s) => s.Source is { } span ? text[span.Start..span.End] : "";

    [Theory]
    [InlineData("Ferries\nThe levy was raised. Those surveyed said the ferry levy was too high.", "Those surveyed")]
    [InlineData("Ferries\nThe levy was raised. Even the organizer of a harbour rally said the levy was fair.", "Even the organizer of a harbour rally")]
    public void A_speech_verb_with_no_recognised_subject_takes_the_clause_start_as_source(string text, string source)
    {
        var on = With(text);
        var s = on.StatementContaining("the ");
        Assert.Equal(source, SourceOf(text, s));
        Assert.Equal("said", s.CueText);
        Assert.DoesNotContain(Without(ExtractionRule.ClauseStartSource, text).Statements, x => x.CueText == "said");
    }

    [Fact]
    public void A_run_holding_a_verb_is_no_subject()
    {
        const string text = "Ferries\nThe levy was raised. Cutting it is easier said than done in Ostrava.";
        Assert.Equal(Without(ExtractionRule.ClauseStartSource, text).Statements.Count, With(text).Statements.Count);
    }

    [Theory]
    [InlineData("Ferries\nThe levy was raised. Odile Brannock has praised Quell, saying he was right.", "Quell")]
    [InlineData("Ferries\nThe levy was raised. Asked about the levy, everyone but Quell said yes.", "yes")]
    public void A_one_word_name_or_answer_is_kept_as_content(string text, string content)
    {
        Assert.Contains(With(text).Statements, s => s.Text == content);
        Assert.DoesNotContain(Without(ExtractionRule.OneWordObject, text).Statements, s => s.Text == content);
    }

    [Fact]
    public void A_one_word_common_noun_or_day_is_still_no_content()
    {
        Assert.DoesNotContain(With("Ferries\nThe levy was raised. Odile Brannock attacked Friday.").Statements, s => s.Text == "Friday");
    }

    [Fact]
    public void The_phrase_subject_of_seem_is_the_source_of_the_impression()
    {
        const string text = "Ferries\nThe levy was raised. Harbour pilots seem to favour a lower levy.";
        var on = With(text).StatementContaining("favour a lower levy");
        Assert.Equal("Harbour pilots", SourceOf(text, on));
        Assert.Null(on.SpeakerKey);
        Assert.Null(Without(ExtractionRule.RaisingPhraseIsSource, text).StatementContaining("favour a lower levy").Source);
    }

    [Fact]
    public void An_expectation_keeps_no_source()
    {
        const string text = "Ferries\nThe levy was raised. The new levy is expected to pass next week.";
        Assert.Null(With(text).StatementContaining("pass next week").Source);
    }
}
