using Briefing.Core.Extraction;

namespace Briefing.Core.Tests;

/// <summary>Speakers and direct quotes found from train errors (scripts/speaker-errors.py): a closing "according to",
/// quote marks typed oddly, participles after a reporting verb, subjects that name no actor, and content that runs
/// into a new speaker. Invented texts with fictional actors; each test also checks that its rule is what decides.</summary>
public sealed class SpeakerCueTests
{
    private static readonly ArticleExtractor Extractor = new();

    private static ArticleExtraction Without(ExtractionRule rule, string text) =>
        new ArticleExtractor(null, ExtractorSettings.Default.Without(rule)).Extract(text);

    [Fact]
    public void A_closing_according_to_reports_the_whole_statement_before_it()
    {
        const string text = "Harbour vote\n\u201cDelegates should vote the way they see fit,\u201d Mara Quillfeather said, according to the Veltrian Courier.";
        var x = Extractor.Extract(text);
        var outer = x.Statements.Single(s => s.CueText == "according to");
        Assert.Contains("Mara Quillfeather said", outer.Text, StringComparison.Ordinal);
        Assert.Contains("Delegates should vote", outer.Text, StringComparison.Ordinal);
        // The speaker's own statement stays: the app still shows who said it.
        var inner = x.Statements.Single(s => s.CueText == "said");
        Assert.Equal("Mara Quillfeather", x.SpeakerName(inner));

        var off = Without(ExtractionRule.AccordingToWrapsStatement, text);
        Assert.DoesNotContain(off.Statements, s => s.CueText == "according to" && s.Text.Contains("Delegates", StringComparison.Ordinal));
    }

    [Fact]
    public void Three_marks_close_a_nested_single_quote_and_the_doubled_one()
    {
        const string text = "Harbour vote\n''I would use the word 'old-school,''' said Tobias Wrenfield, who now backs the plan.";
        var x = Extractor.Extract(text);
        var s = x.StatementContaining("old-school");
        Assert.Equal("said", s.CueText);
        Assert.Equal("Tobias Wrenfield", x.SpeakerName(s));
    }

    [Fact]
    public void An_opening_mark_typed_for_a_closing_one_still_closes_the_quote()
    {
        const string text = "Harbour vote\nTobias Wrenfield was shocked. \u201cDo you want to be tied to that?\u201c he asked.";
        var x = Extractor.Extract(text);
        var s = x.StatementContaining("Do you want");
        Assert.Equal("asked", s.CueText);
        Assert.Equal("Tobias Wrenfield", x.SpeakerName(s));
    }

    [Fact]
    public void Only_time_and_place_after_the_cue_leave_the_content_before_it()
    {
        const string text = "Harbour vote\nThe plan\u2019s \u201cexcesses\u201d are sickening, Ines Okafor said Tuesday in Veltria.";
        var x = Extractor.Extract(text);
        var s = x.Statements.Single(s => s.CueText == "said");
        Assert.Contains("are sickening", s.Text, StringComparison.Ordinal);
        Assert.Equal("Ines Okafor", x.SpeakerName(s));

        var off = Without(ExtractionRule.LeadInEndsSentence, text);
        Assert.DoesNotContain(off.Statements, s => s.CueText == "said" && s.Text.Contains("sickening", StringComparison.Ordinal));
    }

    [Fact]
    public void A_full_stop_typed_for_a_colon_hands_over_the_next_quote()
    {
        const string text = "Harbour vote\nBoth candidates said it was no big deal.\n\n"
            + "Ines Okafor, the harbour master, said in a statement. \u201cThere are no ballots to recount.\u201d";
        var x = Extractor.Extract(text);
        Assert.Equal("Ines Okafor", x.SpeakerName(x.StatementContaining("no ballots to recount")));
    }

    [Fact]
    public void A_participle_after_a_reporting_verb_shares_its_speaker()
    {
        const string text = "Harbour vote\nAldo Varga and Lena Ferraz will meet next week, Tobias Wrenfield said, adding, \u201cThey need to sit down and talk.\u201d";
        var x = Extractor.Extract(text);
        Assert.Equal("Tobias Wrenfield", x.SpeakerName(x.StatementContaining("sit down and talk")));
        Assert.Equal("Tobias Wrenfield", x.SpeakerName(x.StatementContaining("will meet next week")));
    }

    [Fact]
    public void A_participle_takes_the_subject_of_the_nearest_clause()
    {
        const string text = "Harbour vote\nThe first incident came during a speech at the Veltrian Maritime Academy, "
            + "when Ines Okafor interrupted the speech, shouting \u201cthe harbour is ours!\u201d";
        var x = Extractor.Extract(text);
        Assert.Equal("Ines Okafor", x.SpeakerName(x.StatementContaining("the harbour is ours")));
    }

    [Theory]
    [InlineData("The email went on to say, \u201cWe will wind down the club and end the dues.\u201d", "The email")]
    [InlineData("Another tweeted, \u201cThe mayor thinks she is above the rules.\u201d", "Another")]
    public void A_short_phrase_opening_the_sentence_is_the_source_when_no_actor_is(string sentence, string source)
    {
        var text = "Harbour vote\nThe club met on Monday.\n\n" + sentence;
        var x = Extractor.Extract(text);
        var s = x.Statements.Single(s => s.Cue is not null);
        Assert.Equal(source, text[s.Source!.Value.Start..s.Source.Value.End]);

        // NounPhraseSubject, later in the registry, reaches "The email" too; with both off nothing does.
        var off = new ArticleExtractor(null, ExtractorSettings.Default.Without(ExtractionRule.OpeningNounPhrase).Without(ExtractionRule.NounPhraseSubject)).Extract(text);
        Assert.DoesNotContain(off.Statements, s => s.Source is { } src && text[src.Start..src.End] == source);
    }

    [Fact]
    public void A_noun_phrase_opening_its_own_clause_before_the_cue_speaks_not_a_name_earlier_on()
    {
        const string text = "Harbour vote\nThe Veltrian Maritime Academy was quiet until the speech, when a young boy shouted, \u201cThe harbour is ours!\u201d";
        var x = Extractor.Extract(text);
        var s = x.StatementContaining("The harbour is ours");
        Assert.Equal("a young boy", text[s.Source!.Value.Start..s.Source.Value.End]);
        Assert.Null(x.SpeakerName(s));

        // BoundedNounPhrase, later in the registry, reaches "a young boy" too; with both off nothing does.
        var off = new ArticleExtractor(null, ExtractorSettings.Default.Without(ExtractionRule.AdjacentNounPhrase).Without(ExtractionRule.BoundedNounPhrase)).Extract(text);
        Assert.NotEqual("a young boy", off.Statements.Where(s => s.Text.Contains("harbour is ours", StringComparison.Ordinal))
            .Select(s => s.Source is { } src ? text[src.Start..src.End] : null).FirstOrDefault());
    }

    [Fact]
    public void Content_ends_where_a_new_named_speaker_begins()
    {
        const string text = "Harbour vote\nAt one point, a woman asked for a photo and Aldo Varga said, \u201cas long as we are not breaking any rules.\u201d";
        var x = Extractor.Extract(text);
        var s = x.StatementContaining("breaking any rules");
        Assert.Equal("Aldo Varga", x.SpeakerName(s));
        Assert.DoesNotContain(x.Statements, s => s.CueText == "asked" && s.Text.Contains("breaking", StringComparison.Ordinal));

        var off = Without(ExtractionRule.NewSpeakerEnds, text);
        Assert.Contains(off.Statements, s => s.CueText == "asked" && s.Text.Contains("breaking", StringComparison.Ordinal));
    }
}
