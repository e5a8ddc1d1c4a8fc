using Briefing.Core.Extraction;

namespace Briefing.Core.Tests;

/// <summary>Speaker rules for indirect statements, each checked with the rule on and off so the test shows what the
/// rule itself decides. Names and places are invented.</summary>
public sealed class IndirectSpeakerRuleTests
{
    private static ArticleExtraction With(string text) => new ArticleExtractor().Extract(text);

    private static ArticleExtraction Without(ExtractionRule rule, string text) =>
        new ArticleExtractor(null, ExtractorSettings.Default.Without(rule)).Extract(text);

    [Fact]
    public void A_named_subject_of_appear_is_the_source_of_the_impression()
    {
        const string text = "Ferries\nOdile Brannock met the pilots on Monday. Brannock appeared to blame the harbour crews.";
        var on = With(text);
        var s = on.StatementContaining("blame the harbour crews");
        Assert.Equal("Brannock", s.Source!.Value.Of(text));
        Assert.Equal("Odile Brannock", on.SpeakerName(s));
        Assert.DoesNotContain("Brannock", s.Text, StringComparison.Ordinal);

        // Off, the name is only the phrase giving the impression (RaisingPhraseIsSource): no speaker, the content keeps it.
        var off = Without(ExtractionRule.RaisingSubjectSpeaks, text);
        var unsourced = off.StatementContaining("blame the harbour crews");
        Assert.Null(off.SpeakerName(unsourced));
        Assert.Contains("Brannock", unsourced.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ferries\nOdile Brannock met the pilots. The enthusiasm for Brannock seems to be fading fast.", "fading fast")]
    [InlineData("Ferries\nTomas Quell left rules that promise savings but are expected to anger the pilots.", "anger the pilots")]
    public void A_name_that_is_not_the_subject_of_seem_is_no_source(string text, string content)
    {
        var x = With(text);
        var s = x.StatementContaining(content);
        Assert.Null(x.SpeakerName(s));
        // The whole phrase may be the source of the impression (RaisingPhraseIsSource), never the name inside it.
        Assert.NotEqual("Brannock", s.Source?.Of(text));
    }

    [Theory]
    [InlineData("Ferries\nThe ferry runs to the Southern states of Ruritania.")]
    [InlineData("Ferries\nThe harbour board helped found the ferry company.")]
    [InlineData("Ferries\nThe ferry company found itself at the centre of the row.")]
    public void A_cue_word_in_another_sense_makes_no_statement(string text)
    {
        Assert.Empty(With(text).Statements);
        Assert.NotEmpty(Without(ExtractionRule.OtherSenseOfCueWord, text).Statements);
    }

    [Fact]
    public void The_verb_states_after_a_document_or_pronoun_stays_a_cue()
    {
        Assert.Contains(With("Ferries\nThe harbour charter is old. It states that the levy is legal.").Statements,
            s => s.Text.Contains("the levy is legal", StringComparison.Ordinal));
    }

    [Fact]
    public void A_group_with_an_of_phrase_speaks_not_the_name_after_its_verb()
    {
        const string text = "Ferries\nA group of pilots sent a letter to Odile Brannock, calling for a new levy.";
        var on = With(text);
        var s = on.StatementContaining("a new levy");
        Assert.Equal("A group of pilots", s.Source!.Value.Of(text));
        Assert.Null(on.SpeakerName(s));

        // PhraseSubjectBeforeVerb (a lower-case phrase before its verb) covers this shape too: both must be off.
        var off = new ArticleExtractor(null, ExtractorSettings.Default.Without(ExtractionRule.GroupOfSubject).Without(ExtractionRule.PhraseSubjectBeforeVerb)).Extract(text);
        Assert.Equal("Odile Brannock", off.SpeakerName(off.StatementContaining("a new levy")));
        Assert.Equal("A group of pilots", Without(ExtractionRule.GroupOfSubject, text).StatementContaining("a new levy").Source!.Value.Of(text));
    }

    [Fact]
    public void A_relative_pronoun_before_auxiliaries_is_the_source_and_its_antecedent_speaks()
    {
        const string text = "Ferries\nThe levy was backed by Tomas Quell, who in the past has criticized the ferry tax.";
        var on = With(text);
        var s = on.StatementContaining("the ferry tax");
        Assert.Equal("who", s.Source!.Value.Of(text));
        Assert.Equal("Tomas Quell", on.SpeakerName(s));

        var off = Without(ExtractionRule.RelativeOverAuxiliaries, text).StatementContaining("the ferry tax");
        Assert.NotEqual("who", off.Source?.Of(text));
    }

    [Fact]
    public void In_her_own_statement_the_named_subject_speaks_not_the_document()
    {
        const string text = "Ferries\nIn a statement issued Tuesday, harbour chief Odile Brannock was more cautious about the levy.";
        var on = With(text);
        var s = on.StatementContaining("more cautious");
        Assert.Equal("Odile Brannock", on.SpeakerName(s));
        Assert.Equal("harbour chief Odile Brannock", s.Source!.Value.Of(text));

        var off = Without(ExtractionRule.InOwnWordsSubject, text).StatementContaining("more cautious");
        Assert.Equal("a statement issued Tuesday", off.Source!.Value.Of(text));
    }

    [Fact]
    public void In_an_interview_the_one_asked_is_not_the_author()
    {
        const string text = "Ferries\nIn an interview with the Harbour Courier, Odile Brannock was asked about the levy.";
        var s = With(text).Statements.Where(x => x.Source is { } src && src.Of(text).Contains("interview", StringComparison.Ordinal));
        Assert.NotEmpty(s);
    }
}
