using Briefing.Core.Extraction;

namespace Briefing.Core.Tests;

/// <summary>Recall rules for indirect statements added from train misses (issue 13): each is checked with the rule on
/// and off, so the test shows what the rule itself adds. Names and places are invented.</summary>
public sealed class IndirectRecallRuleTests
{
    private static ArticleExtraction With(string text) => new ArticleExtractor().Extract(text);

    private static ArticleExtraction Without(ExtractionRule rule, string text) =>
        new ArticleExtractor(null, ExtractorSettings.Default.Without(rule)).Extract(text);

    private static bool Has(ArticleExtraction x, string fragment) => x.Statements.Any(s => s.Text.Contains(fragment, StringComparison.Ordinal));

    [Theory]
    [InlineData("Ferries\nOdile Brannock did not mention the harbour levy at the meeting.", "the harbour levy")]
    [InlineData("Ferries\nTomas Quell would blame the pilots for the delays.", "the pilots for the delays")]
    [InlineData("Ferries\nThe harbour board nominated Tomas Quell for the ferry post.", "Tomas Quell for the ferry post")]
    public void More_cue_verbs_read_base_forms_after_a_subject_and_verbs_of_endorsing(string text, string content)
    {
        var on = With(text);
        Assert.True(Has(on, content), string.Join(" | ", on.Statements.Select(s => s.Text)));
        Assert.False(Has(Without(ExtractionRule.MoreCueVerbs, text), content));
    }

    [Theory]
    [InlineData("Ferries\nOdile Brannock continued to press the board for a lower levy.", "press the board for a lower levy")]
    [InlineData("Ferries\nThe harbour board decided to delay the ferry tender.", "delay the ferry tender")]
    [InlineData("Ferries\nTomas Quell was quick to blame the pilots.", "blame the pilots")]
    public void A_verb_of_persisting_or_deciding_before_an_infinitive_is_a_cue(string text, string content)
    {
        var s = With(text).StatementContaining(content);
        Assert.Equal("to", s.CueText!.Split(' ')[^1]);
        Assert.False(Has(Without(ExtractionRule.IntentInfinitive, text), content));
    }

    [Fact]
    public void Continues_to_in_the_present_stays_no_cue()
    {
        Assert.False(Has(With("Ferries\nThe ferry levy continues to rise every year."), "rise every year"));
    }

    [Fact]
    public void A_participle_after_a_form_of_be_takes_the_subject_before_the_auxiliary()
    {
        const string text = "Ferries\nThe talk is predictable - Odile Brannock has vowed to cut the levy, and Tomas Quell is promising to help the pilots.";
        var on = With(text);
        var s = on.StatementContaining("help the pilots");
        Assert.Equal("Tomas Quell", on.SpeakerName(s));

        var off = Without(ExtractionRule.ProgressiveSubject, text);
        Assert.Equal("Odile Brannock", off.SpeakerName(off.StatementContaining("help the pilots")));
    }

    [Fact]
    public void A_hearsay_adverb_makes_a_sourceless_statement_of_its_clause()
    {
        const string text = "Ferries\nThe harbour board has reportedly hired a lawyer from Ostrava.";
        var s = With(text).StatementContaining("hired a lawyer from Ostrava");
        Assert.Null(s.Source);
        Assert.Equal("reportedly", s.CueText);
        Assert.Contains("The harbour board", s.Text, StringComparison.Ordinal);
        Assert.False(Has(Without(ExtractionRule.HearsayAdverb, text), "hired a lawyer"));
    }

    [Fact]
    public void A_hearsay_adverb_before_a_cue_verb_adds_nothing_to_the_verbs_statement()
    {
        const string text = "Ferries\nOdile Brannock reportedly said the levy would fall.";
        var x = With(text);
        Assert.DoesNotContain(x.Statements, s => s.CueText == "reportedly");
        Assert.Equal("Odile Brannock", x.SpeakerName(x.StatementContaining("the levy would fall")));
    }

    [Fact]
    public void A_speech_participle_after_by_speaks_for_the_clause_subject()
    {
        const string text = "Ferries\n\nOdile Brannock began by saying the levy was too high. "
            + "The pilots stayed home, while Tomas Quell won over the crews by promising a lower levy.";
        var on = With(text);
        var saying = on.StatementContaining("the levy was too high");
        Assert.Equal("saying", saying.CueText);
        Assert.Equal("Odile Brannock", on.SpeakerName(saying));
        Assert.Equal("Tomas Quell", on.SpeakerName(on.StatementContaining("a lower levy")));

        var off = Without(ExtractionRule.ByGerundSubject, text);
        Assert.False(Has(off, "the levy was too high"));
        Assert.False(Has(off, "a lower levy"));
    }
}
