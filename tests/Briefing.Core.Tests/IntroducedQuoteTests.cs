using Briefing.Core.Extraction;

namespace Briefing.Core.Tests;

/// <summary>Quotes without a common speech verb: colon-introduced quotes, quotes inside a clause, and rarer cues
/// ("interjected", "read one banner"). Fictional texts.</summary>
public sealed class IntroducedQuoteTests
{
    private static readonly ArticleExtractor Extractor = new();

    [Fact]
    public void A_colon_after_an_unknown_verb_hands_the_quote_to_that_clause_subject()
    {
        const string text = "Harbour row\n\u201cThe tax stays,\u201d Mayor Odile Brannock said on Monday.\n"
            + "Councillor Pim Sorrowgate gloated: \u201cThe mayor has finally run out of harbour to tax, and everyone knows it.\u201d";
        var x = Extractor.Extract(text);
        var s = x.StatementContaining("run out of harbour");
        Assert.Equal("Pim Sorrowgate", x.SpeakerName(s));
    }

    [Fact]
    public void A_colon_ending_the_paragraph_introduces_the_next_one()
    {
        const string text = "Ferry statement\n\u201cThe ferries run,\u201d Mayor Odile Brannock said.\n"
            + "When the strike ended, Councillor Pim Sorrowgate released the following statement:\n"
            + "\u201cWe thank every crew member for their patience during these difficult weeks on the water.\u201d";
        var x = Extractor.Extract(text);
        var s = x.StatementContaining("We thank every crew member");
        Assert.Equal("Pim Sorrowgate", x.SpeakerName(s));
    }

    [Fact]
    public void The_clause_the_colon_closes_names_the_speaker()
    {
        const string text = "Canal story\nMayor Odile Brannock grew so angry that Councillor Pim Sorrowgate had to change his answer: "
            + "\u201cOf course the canal stays open for every boat in the valley.\u201d";
        var x = Extractor.Extract(text);
        var s = x.StatementContaining("Of course the canal");
        Assert.Equal("Pim Sorrowgate", x.SpeakerName(s));
    }

    [Fact]
    public void A_name_after_a_dash_signs_the_quoted_excerpt()
    {
        const string text = "Poll roundup\nMayor Odile Brannock said the polls were fine.\n"
            + "Why the harbour polls missed - Pim Sorrowgate: \u201cThe samples were too small and the weather kept older voters at home.\u201d";
        var x = Extractor.Extract(text);
        var s = x.StatementContaining("The samples were too small");
        Assert.Equal("Pim Sorrowgate", x.SpeakerName(s));
    }

    [Fact]
    public void A_long_cue_less_quote_inside_a_clause_belongs_to_that_clause_subject()
    {
        const string text = "Ferry row\n\u201cThe ferries run,\u201d Mayor Odile Brannock said on Monday.\n\n"
            + "Councillor Pim Sorrowgate thanked the crews for \u201cstepping up when the whole harbour board would not lift a finger.\u201d";
        var x = Extractor.Extract(text);
        var s = x.StatementContaining("stepping up when");
        Assert.Equal("Pim Sorrowgate", x.SpeakerName(s));
    }

    [Theory]
    [InlineData("interjected")]
    [InlineData("gloated")]
    [InlineData("pressed")]
    [InlineData("muttered")]
    [InlineData("whispered")]
    public void Interjections_are_speech_cues(string verb)
    {
        var text = "Harbour debate\n\u201cThe tax stays,\u201d Mayor Odile Brannock said.\n\u201cWill the ferries still run in winter?\u201d Councillor Pim Sorrowgate " + verb + ".";
        var x = Extractor.Extract(text);
        var s = x.StatementContaining("ferries still run");
        Assert.Equal("Pim Sorrowgate", x.SpeakerName(s));
    }

    [Fact]
    public void A_sign_or_message_that_reads_a_quote_is_its_source()
    {
        const string text = "Canal protest\nMayor Odile Brannock spoke at the gate.\n\u201cHands off our canal!\u201d read one banner held by the Quayside Union.";
        var x = Extractor.Extract(text);
        var s = x.StatementContaining("Hands off our canal");
        Assert.Equal("one banner", s.Source!.Value.Of(text)[..10]);
    }

    [Fact]
    public void A_quoted_object_of_a_speech_verb_is_kept_after_its_determiner()
    {
        const string text = "Canal rally\nCouncillor Pim Sorrowgate, once again, pledged a \u201cwaterway revolution\u201d for the valley.";
        var x = Extractor.Extract(text);
        var s = x.StatementContaining("waterway revolution");
        Assert.Equal("Pim Sorrowgate", x.SpeakerName(s));
    }

    [Fact]
    public void A_quoted_noun_after_a_determiner_elsewhere_stays_a_scare_quote()
    {
        const string text = "Canal rally\nCouncillor Pim Sorrowgate walked along the \u201cwaterway revolution\u201d route.";
        var x = Extractor.Extract(text);
        Assert.DoesNotContain(x.Statements, s => s.Text.Contains("waterway revolution", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\u201cFerries will always be ferries,\u201d an angry Pim Sorrowgate retaliated.")]
    [InlineData("\u201cThis is fantastic!\u201d beamed Pim Sorrowgate, a ferry captain.")]
    public void An_unknown_past_tense_verb_framing_an_open_ended_quote_attributes_it(string sentence)
    {
        var text = "Harbour row\n\u201cThe tax stays,\u201d Mayor Odile Brannock said.\n" + sentence;
        var x = Extractor.Extract(text);
        var s = x.Statements.Last(st => st.Text.Contains('\u201c'));
        Assert.Equal("Pim Sorrowgate", x.SpeakerName(s));
    }

    [Fact]
    public void A_past_tense_verb_after_a_closed_quote_is_not_a_cue()
    {
        const string text = "Harbour row\nMayor Odile Brannock said the \u201charbour tax\u201d sailors opposed was dropped.";
        var x = Extractor.Extract(text);
        Assert.DoesNotContain(x.Statements, st => st.Cue is { } c && c.Of(text) == "opposed");
    }

    [Fact]
    public void A_verb_coordinated_after_a_closing_quote_ends_the_content()
    {
        const string text = "Harbour row\nMayor Odile Brannock called the merger \u201ca harbour disgrace\u201d and threatened to close the quay.";
        var x = Extractor.Extract(text);
        var s = x.StatementContaining("a harbour disgrace");
        Assert.DoesNotContain("threatened", s.Text);
        Assert.Equal("Odile Brannock", x.SpeakerName(s));
    }

    [Fact]
    public void A_title_with_lower_case_function_words_is_still_a_title()
    {
        const string text = "Harbour row\nMayor Odile Brannock spoke on Quayside Radio\u2019s \u201cVoice of the Harbour\u201d on Sunday about the ferries.";
        var x = Extractor.Extract(text);
        Assert.DoesNotContain(x.Statements, s => s.Text.Contains("Voice of the Harbour", StringComparison.Ordinal));
    }

    [Fact]
    public void A_lower_case_quote_after_a_preposition_in_an_adverbial_sentence_is_speech_not_a_title()
    {
        const string text = "Harbour row\nSince that ruling, the county has engaged in \u201cactivity that has kept the ferries idle for years,\u201d Pim Sorrowgate says.";
        var x = Extractor.Extract(text);
        var s = x.StatementContaining("kept the ferries idle");
        Assert.Equal("Pim Sorrowgate", x.SpeakerName(s));
    }

    [Fact]
    public void Talked_about_attributes_but_talks_with_does_not()
    {
        const string text = "Harbour row\nMayor Odile Brannock talked about \u201ckeeping every ferry afloat\u201d on Monday.\n"
            + "Councillor Pim Sorrowgate talks with harbour donors every week.";
        var x = Extractor.Extract(text);
        var s = x.StatementContaining("keeping every ferry afloat");
        Assert.Equal("Odile Brannock", x.SpeakerName(s));
        Assert.DoesNotContain(x.Statements, st => st.Text.Contains("harbour donors", StringComparison.Ordinal));
    }

    [Fact]
    public void A_next_sentence_quote_with_its_own_attribution_is_not_merged()
    {
        const string text = "Harbour row\n\u201cThe ferries will run,\u201d Mayor Odile Brannock said. \u201cNot on my watch,\u201d Councillor Pim Sorrowgate replied.";
        var x = Extractor.Extract(text);
        var first = x.StatementContaining("The ferries will run");
        Assert.DoesNotContain("Not on my watch", first.Text);
        var second = x.StatementContaining("Not on my watch");
        Assert.Equal("Pim Sorrowgate", x.SpeakerName(second));
    }
}
