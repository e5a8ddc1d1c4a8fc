using Briefing.Core.Extraction;

namespace Briefing.Core.Tests;

/// <summary>Rules for attributions whose source does not stand right before the cue, and for quotes without a cue
/// of their own. Fictional people and places only.</summary>
public sealed class ClauseAttributionTests
{
    private static readonly ArticleExtractor Extractor = new();

    [Fact]
    public void A_quote_closed_by_a_full_stop_still_takes_the_attribution_after_it()
    {
        const string text = "Harbour\nMayor Odile Brannock opened the pier.\n\u201cThe pier is open to every boat.\u201d Brannock said.";
        var x = Extractor.Extract(text);
        var s = x.StatementContaining("The pier is open");
        Assert.Equal("Odile Brannock", x.SpeakerName(s));
        Assert.Equal(StatementKind.Direct, s.Kind);
    }

    [Fact]
    public void An_aside_between_subject_and_cue_keeps_the_subject_as_speaker()
    {
        const string text = "Canal\nPim Sorrowgate, in Veltria, said Tuesday that the canal would reopen in May.";
        var x = Extractor.Extract(text);
        var s = x.StatementContaining("the canal would reopen");
        Assert.Equal("Pim Sorrowgate", x.SpeakerName(s));
    }

    [Fact]
    public void A_leading_adverbial_clause_is_not_the_subject()
    {
        const string text = "Canal\nAs Tamsin Oakhollow spoke, Pim Sorrowgate, in Veltria, said the canal would reopen in May.";
        var x = Extractor.Extract(text);
        var s = x.StatementContaining("the canal would reopen");
        Assert.Equal("Pim Sorrowgate", x.SpeakerName(s));
    }

    [Fact]
    public void Noun_readings_of_cue_words_are_not_attributions()
    {
        const string text = "Budget\nThe budget covers six states, and his comments on the plan were brief.";
        var x = Extractor.Extract(text);
        Assert.Empty(x.Statements);
    }

    [Fact]
    public void A_short_quote_inside_a_clause_belongs_to_the_clause_subject()
    {
        const string text = "Ferry\nCouncillor Pim Sorrowgate dismissed the ferry plan as \u201ca costly fantasy\u201d on Monday.";
        var x = Extractor.Extract(text);
        var s = x.StatementContaining("a costly fantasy");
        Assert.Equal("Pim Sorrowgate", x.SpeakerName(s));
    }

    [Fact]
    public void Title_case_quotes_and_quoted_noun_phrases_are_not_statements()
    {
        const string text = "Show\nPim Sorrowgate watched \u201cThe Harbour Hour Tonight\u201d before visiting the \u201cdry dock\u201d again.";
        var x = Extractor.Extract(text);
        Assert.DoesNotContain(x.Statements, s => s.Text.Contains("Harbour Hour", StringComparison.Ordinal));
        Assert.DoesNotContain(x.Statements, s => s.Text.Contains("dry dock", StringComparison.Ordinal));
    }

    [Fact]
    public void An_inverted_source_that_is_not_one_phrase_still_takes_the_quote_and_the_next_one()
    {
        const string text = "Vote\n\u201cThe count was fair,\u201d said Mara Quillfeather of the Veltria delegation. \u201cWe accept it.\u201d";
        var x = Extractor.Extract(text);
        var s = x.StatementContaining("The count was fair");
        Assert.Equal("Mara Quillfeather", x.SpeakerName(s));
        Assert.Contains("We accept it", s.Text);
    }

    [Fact]
    public void A_topic_after_said_of_is_not_the_speaker()
    {
        const string text = "Plan\n\u201cIt is sound,\u201d Pim Sorrowgate, a fellow at the Veltria Institute, said of the Harbour Plan.";
        var x = Extractor.Extract(text);
        var s = x.StatementContaining("It is sound");
        Assert.Equal("Pim Sorrowgate", x.SpeakerName(s));
    }

    [Fact]
    public void A_party_and_state_tag_is_an_appositive()
    {
        const string text = "Vote\n\u201cThe veto will fall,\u201d Senator Mara Quillfeather, R-Vel., said.";
        var x = Extractor.Extract(text);
        var s = x.StatementContaining("The veto will fall");
        Assert.Equal("Mara Quillfeather", x.SpeakerName(s));
    }

    [Theory]
    [InlineData("The ferry board found that the fares were too high.", "that the fares were too high")]
    [InlineData("Pim Sorrowgate denounced the fare rise as unfair.", "the fare rise as unfair")]
    public void New_cue_families_attribute_content(string sentence, string content)
    {
        var x = Extractor.Extract("Ferry\n" + sentence);
        x.StatementContaining(content);
    }

    [Fact]
    public void As_someone_put_it_attributes_the_quote()
    {
        const string text = "Ferry\nAs Pim Sorrowgate put it, \u201cthe ferry is the valley's lifeline.\u201d";
        var x = Extractor.Extract(text);
        var s = x.StatementContaining("lifeline");
        Assert.Equal("Pim Sorrowgate", x.SpeakerName(s));
    }
}
