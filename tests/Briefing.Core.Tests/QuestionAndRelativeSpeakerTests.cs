using Briefing.Core.Extraction;

namespace Briefing.Core.Tests;

/// <summary>Speaker rules for askers ("asked by"), relative "that" and the placeholder "it" of "made it clear", each
/// checked with the rule on and off so the test shows what the rule itself decides. Names and places are invented.</summary>
public sealed class QuestionAndRelativeSpeakerTests
{
    private static ArticleExtraction With(string text) => new ArticleExtractor().Extract(text);

    private static ArticleExtraction Without(ExtractionRule rule, string text) =>
        new ArticleExtractor(null, ExtractorSettings.Default.Without(rule)).Extract(text);

    [Fact]
    public void The_asker_after_by_is_the_source_of_a_question_clause()
    {
        const string text = "Ferries\nAsked by a reporter whether the levy would pass, Odile Brannock said it would.";
        var s = With(text).StatementContaining("whether the levy would pass");
        Assert.Equal("a reporter", s.Source!.Value.Of(text));
        Assert.DoesNotContain("reporter", s.Text, StringComparison.Ordinal);

        Assert.Null(Without(ExtractionRule.AskedByAgent, text).StatementContaining("whether the levy would pass").Source);
    }

    [Fact]
    public void A_named_asker_of_a_passive_question_speaks()
    {
        const string text = "Ferries\nOdile Brannock was asked by host Tomas Quell about the ferry levy.";
        var on = With(text);
        var s = on.StatementContaining("the ferry levy");
        Assert.Equal("host Tomas Quell", s.Source!.Value.Of(text));
        Assert.Equal("Tomas Quell", on.SpeakerName(s));

        Assert.Null(Without(ExtractionRule.AskedByAgent, text).StatementContaining("the ferry levy").Source);
    }

    [Fact]
    public void A_restrictive_that_makes_its_noun_phrase_the_source_not_an_earlier_name()
    {
        const string text = "Ferries\nOdile Brannock gave money to a harbour group that backed the ferry levy.";
        var on = With(text);
        var s = on.StatementContaining("the ferry levy");
        Assert.Equal("a harbour group that", s.Source!.Value.Of(text));
        Assert.Null(on.SpeakerName(s));

        var off = Without(ExtractionRule.RelativeThatAntecedent, text);
        Assert.Equal("Odile Brannock", off.SpeakerName(off.StatementContaining("the ferry levy")));
    }

    [Fact]
    public void A_document_its_author_issued_leaves_the_relative_to_the_author()
    {
        const string text = "Ferries\nOdile Brannock released a video that says the pilots caused the delays.";
        var on = With(text);
        Assert.Equal("Odile Brannock", on.SpeakerName(on.StatementContaining("the pilots caused the delays")));
    }

    [Fact]
    public void The_placeholder_it_of_made_it_clear_is_no_speaker()
    {
        const string text = "Ferries\nOdile Brannock met the pilots. Brannock made it clear that the levy stays.";
        var on = With(text);
        var s = on.StatementContaining("the levy stays");
        Assert.Equal("Brannock", s.Source!.Value.Of(text));
        Assert.Equal("Odile Brannock", on.SpeakerName(s));

        Assert.Equal("it", Without(ExtractionRule.DummyItObject, text).StatementContaining("the levy stays").Source?.Of(text));
    }

    [Fact]
    public void Is_likely_to_is_the_writers_forecast_but_is_expected_to_is_attributed()
    {
        const string likely = "Ferries\nThe harbour levy is likely to pass next week.";
        Assert.Empty(With(likely).Statements);
        Assert.NotEmpty(Without(ExtractionRule.LikelyIsTheWritersForecast, likely).Statements);

        Assert.NotEmpty(With("Ferries\nThe harbour levy is expected to pass next week.").Statements);
    }

    [Fact]
    public void A_credit_line_is_no_headline_statement()
    {
        const string text = "Ferries\nThe harbour levy passed on Monday after a long debate.\n\nContributing: Odile Brannock and Tomas Quell.";
        Assert.DoesNotContain(With(text).Statements, s => s.Text.Contains("Tomas Quell", StringComparison.Ordinal));
        Assert.Contains(Without(ExtractionRule.CreditLineIsNoSpeech, text).Statements, s => s.Text.Contains("Tomas Quell", StringComparison.Ordinal));
    }

    [Fact]
    public void A_described_subject_after_but_with_its_own_cue_ends_the_content_before_it()
    {
        const string text = "Ferries\nThe harbour board claimed the levy was fair but the officials have said they doubt it.";
        var on = With(text);
        Assert.DoesNotContain("officials", on.StatementContaining("the levy was fair").Text, StringComparison.Ordinal);
        Assert.Equal("the officials", on.StatementContaining("they doubt it").Source!.Value.Of(text));

        var off = Without(ExtractionRule.NewDescribedSpeakerEnds, text);
        Assert.Contains("officials", off.StatementContaining("the levy was fair").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_filer_of_a_lawsuit_speaks_through_its_modifiers()
    {
        const string text = "Ferries\nOdile Brannock filed a $40 million lawsuit in 2015 alleging that the pilots broke the law.";
        var on = With(text);
        Assert.Equal("Odile Brannock", on.SpeakerName(on.StatementContaining("the pilots broke the law")));

        var off = Without(ExtractionRule.DocumentAfterModifiers, text);
        Assert.NotEqual("Odile Brannock", off.SpeakerName(off.StatementContaining("the pilots broke the law")));
    }

    [Fact]
    public void A_question_to_you_states_nothing()
    {
        const string text = "Ferries\nOdile Brannock wants a new harbour levy. Do you support the harbour levy?";
        Assert.DoesNotContain(With(text).Statements, s => s.Text.Contains("the harbour levy", StringComparison.Ordinal));
        Assert.Contains(Without(ExtractionRule.QuestionToYouIsNoStatement, text).Statements, s => s.Text.Contains("the harbour levy", StringComparison.Ordinal));
    }

    [Fact]
    public void Their_after_the_verb_points_back_to_the_clause_subject()
    {
        const string text = "Ferries\nThe harbour pilots stiffened their criticism of the new levy.";
        var s = With(text).StatementContaining("the new levy");
        Assert.Equal("The harbour pilots", s.Source!.Value.Of(text));

        Assert.Equal("their", Without(ExtractionRule.TheirIsTheClauseSubject, text).StatementContaining("the new levy").Source?.Of(text));
    }
}
