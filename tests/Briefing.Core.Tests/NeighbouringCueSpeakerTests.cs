using Briefing.Core.Extraction;

namespace Briefing.Core.Tests;

/// <summary>Direct-quote speakers where another cue of the sentence competes for the quote (issue 13, neighbouring
/// cues), each checked with its rule on and off. Names, polls and places are invented.</summary>
public sealed class NeighbouringCueSpeakerTests
{
    private static ArticleExtraction With(string text) => new ArticleExtractor().Extract(text);

    private static ArticleExtraction Without(ExtractionRule rule, string text) =>
        new ArticleExtractor(null, ExtractorSettings.Default.Without(rule)).Extract(text);

    private static string SourceOf(string text, ExtractedStatement s) => s.Source is { } span ? text[span.Start..span.End] : "";

    [Theory]
    [InlineData("Ferries\nIn a Norland Courier poll released Monday, 31% of harbour voters said they were “extremely enthusiastic” about the levy.", "a Norland Courier poll released Monday", "enthusiastic")]
    [InlineData("Ferries\nIn a September Ostrava Post survey, just 8 percent of pilots said “the levy works.”", "a September Ostrava Post survey", "levy works")]
    [InlineData("Ferries\nIn the latest harbour poll, a majority of traders say the levy is “a disaster.”", "the latest harbour poll", "disaster")]
    public void Respondents_counted_by_a_poll_speak_through_the_poll(string text, string poll, string content)
    {
        Assert.Equal(poll, SourceOf(text, With(text).StatementContaining(content)));
        Assert.NotEqual(poll, SourceOf(text, Without(ExtractionRule.PollRespondentsSource, text).StatementContaining(content)));
    }

    [Theory]
    [InlineData("Ferries\nIn a Norland Courier poll released Monday, Odile Brannock said the levy was “a disaster.”", "Odile Brannock")]
    [InlineData("Ferries\nIn a statement on Monday, 31 pilots said the levy was “a disaster.”", "pilots")]
    public void A_named_subject_or_a_document_that_is_no_poll_keeps_its_source(string text, string source)
    {
        Assert.Contains(source, SourceOf(text, With(text).StatementContaining("disaster")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ferries\nThe group seeks to end levies through the enactment of what it calls “sensible harbour laws, policy and rules.”", "it", "sensible harbour")]
    [InlineData("Ferries\nThe city sought the regatta in the hopes of shedding what Tamsin Vell called \"a perception problem\" for years.", "Tamsin Vell", "perception problem")]
    public void A_quote_after_what_and_a_naming_verb_is_that_subjects(string text, string source, string content)
    {
        var on = With(text);
        var s = on.StatementContaining(content);
        Assert.Equal(source, SourceOf(text, s));
        Assert.DoesNotContain(on.Statements, x => x != s && x.Text.Contains(content, StringComparison.Ordinal));
        Assert.NotEqual(source, SourceOf(text, Without(ExtractionRule.WhatSubjectNamesQuote, text).StatementContaining(content)));
    }

    [Theory]
    [InlineData("Ferries\nOdile Brannock says harbour voters are hungry for what she calls “real solutions.”", "Odile Brannock")]
    [InlineData("Ferries\nThe mayor denounced what he called “a reckless levy.”", "The mayor")]
    public void The_outer_statement_keeps_the_quote_when_it_is_the_same_speakers_or_starts_at_what(string text, string source)
    {
        Assert.Equal(source, SourceOf(text, With(text).StatementContaining("“")));
    }

    [Theory]
    [InlineData("Ferries\nPoe comes with the right card: He protected the pilots at the last strike in 1976, in what Tamsin Vell, treasurer for the rival union, called \"hand-to-hand combat.\"")]
    [InlineData("Ferries\nMany worried that Mr. Poe had gone too far, uttering charges that Tamsin Vell, for one, called \"harbour lingo.\"")]
    public void A_name_before_an_aside_after_what_or_that_is_the_subject(string text)
    {
        Assert.Equal("Tamsin Vell", With(text).SpeakerName(With(text).StatementContaining("\"")));
        Assert.NotEqual("Tamsin Vell", Without(ExtractionRule.NameBeforeAsideAfterWhat, text).SpeakerName(Without(ExtractionRule.NameBeforeAsideAfterWhat, text).StatementContaining("\"")));
    }
}
