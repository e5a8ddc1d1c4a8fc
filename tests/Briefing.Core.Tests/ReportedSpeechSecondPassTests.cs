using Briefing.Core.Extraction;

namespace Briefing.Core.Tests;

/// <summary>Reported-speech rules of the second all-attributions pass (issue 13), each checked with the rule on and
/// off so the test shows what the rule itself adds. Names and places are invented.</summary>
public sealed class ReportedSpeechSecondPassTests
{
    private static ArticleExtraction With(string text) => new ArticleExtractor().Extract(text);

    private static ArticleExtraction Without(ExtractionRule rule, string text) =>
        new ArticleExtractor(null, ExtractorSettings.Default.Without(rule)).Extract(text);

    private static string SourceOf(string text, ExtractedStatement s) => s.Source is { } span ? text[span.Start..span.End] : "";

    [Theory]
    [InlineData("Ferries\nThe levy was a mistake, Odile Brannock said at the time.")]
    [InlineData("Ferries\nThe levy was a mistake, Odile Brannock said in a video message to the harbour board.")]
    [InlineData("Ferries\nThe levy was a mistake, Odile Brannock wrote after the vote in Ostrava.")]
    public void A_phrase_of_occasion_after_a_reporting_verb_is_no_content(string text)
    {
        Assert.Equal("The levy was a mistake", With(text).StatementContaining("levy").Text);
        Assert.DoesNotContain(Without(ExtractionRule.LeadInEndsSentence, text).Statements, s => s.Text == "The levy was a mistake");
    }

    [Theory]
    [InlineData("Ferries\nOdile Brannock believes in the levy.", "in the levy")]
    [InlineData("Ferries\nOdile Brannock said in 2015 the levy was dead.", "the levy was dead")]
    public void A_topic_or_a_clause_after_the_cue_stays_the_content(string text, string content)
    {
        Assert.Contains(With(text).Statements, s => s.Text.Contains(content, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Ferries\nThe levy will fail, a spokeswoman, Odile Brannock, said on Saturday.", "a spokeswoman, Odile Brannock", "The levy will fail")]
    [InlineData("Ferries\nHis campaign manager, Tamsin Vell, said the levy will fail.", "His campaign manager, Tamsin Vell", "the levy will fail")]
    [InlineData("Ferries\nThe levy will fail, says political scientist Dora Sattel in Ostrava.", "political scientist Dora Sattel", "The levy will fail")]
    public void A_role_before_a_name_is_the_source_and_the_name_the_speaker(string text, string source, string content)
    {
        var on = With(text);
        var s = on.StatementContaining(content);
        Assert.Equal(source, SourceOf(text, s));
        Assert.EndsWith(on.SpeakerName(s)!, source, StringComparison.Ordinal);
        var off = Without(ExtractionRule.RoleBeforeName, text);
        Assert.DoesNotContain(off.Statements, x => SourceOf(text, x) == source);
    }

    [Fact]
    public void A_name_before_its_role_keeps_the_name()
    {
        const string text = "Ferries\nOdile Brannock, a pilot from Ostrava, Norland, said the levy will fail.";
        var on = With(text);
        Assert.Equal("Odile Brannock", on.SpeakerName(on.StatementContaining("the levy will fail")));
    }

    [Theory]
    [InlineData("Ferries\nThe levy was rejected by the harbour board on Monday.", "the harbour board", "The levy")]
    [InlineData("Ferries\nIt was a plan which was echoed by Odile Brannock last year.", "Odile Brannock", "a plan which")]
    [InlineData("Ferries\nThese levy proposals have been applauded by the harbour pilots.", "the harbour pilots", "These levy proposals")]
    public void A_passive_cue_with_its_agent_is_the_agents_statement(string text, string source, string content)
    {
        var s = With(text).StatementContaining(content);
        Assert.Equal(source, SourceOf(text, s));
        Assert.DoesNotContain(Without(ExtractionRule.PassiveByAgent, text).Statements, x => x.Text.StartsWith(content, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Ferries\nThe levy is a practice criticized by Odile Brannock and the pilots.", "Odile Brannock and the pilots", "a practice")]
    [InlineData("Ferries\nThe harbour bill, opposed by the council, never became law.", "the council", "The harbour bill")]
    public void A_participle_with_its_agent_is_a_passive_without_its_auxiliary(string text, string source, string content)
    {
        var s = With(text).Statements.Single(x => x.Text == content);
        Assert.Equal(source, SourceOf(text, s));
        Assert.DoesNotContain(Without(ExtractionRule.PassiveByAgent, text).Statements, x => x.Text == content);
    }

    [Fact]
    public void By_and_a_gerund_or_a_number_is_no_agent()
    {
        Assert.DoesNotContain(With("Ferries\nOdile Brannock responded by saying the levy stays.").Statements, s => s.Text == "Odile Brannock");
        Assert.DoesNotContain(With("Ferries\nHer lead declined by nine points.").Statements, s => s.Text == "Her lead");
    }

    [Fact]
    public void A_passive_without_a_named_agent_makes_no_statement()
    {
        Assert.Empty(With("Ferries\nThe levy was rejected by 64 percent of the voters.").Statements);
    }

    [Theory]
    [InlineData("Ferries\nCritics of the new levy, however, say it would empty the harbour.", "Critics of the new levy")]
    [InlineData("Ferries\nPilots — and some ferry owners — say that it would empty the harbour.", "Pilots")]
    public void A_base_form_after_an_aside_has_the_phrase_before_the_aside_as_subject(string text, string source)
    {
        var s = With(text).StatementContaining("empty the harbour");
        Assert.Equal(source, SourceOf(text, s));
        Assert.Equal("say", s.CueText);
        Assert.DoesNotContain(Without(ExtractionRule.AsideBeforeVerb, text).Statements, x => x.CueText == "say");
    }
}
