using Briefing.Core.Extraction;

namespace Briefing.Core.Tests;

/// <summary>Who speaks a direct quote when the nearest phrase is not the speaker: the listener after "told", the object
/// before a participle, the sentence that introduces a cue-less quote. Fictional texts.</summary>
public sealed class QuoteSpeakerTests
{
    private static readonly ArticleExtractor Extractor = new();

    [Fact]
    public void A_named_subject_with_an_appositive_speaks_not_the_listener_after_told()
    {
        const string text = "Harbour vote\nThe harbour board met on Monday.\n"
            + "Orla Fenwick, who was listed on the harbour slate, told the Daily Lantern, \u201cOf the three plans, I like the second best.\u201d";
        var x = Extractor.Extract(text);
        Assert.Equal("Orla Fenwick", x.SpeakerName(x.StatementContaining("I like the second best")));
        var off = new ArticleExtractor(null, ExtractorSettings.Default.Without(ExtractionRule.InvertedSource)).Extract(text);
        Assert.Equal("Orla Fenwick", off.SpeakerName(off.StatementContaining("I like the second best")));
    }

    [Fact]
    public void The_participle_after_an_object_takes_the_clause_subject()
    {
        const string text = "Ferry vote\nThe ferry vote was close.\n"
            + "Councillor Bram Ostergaard sent out a text message to supporters saying: \u201cWith your help, we were just declared the winner!\u201d";
        var x = Extractor.Extract(text);
        Assert.Equal("Bram Ostergaard", x.SpeakerName(x.StatementContaining("declared the winner")));
        var off = new ArticleExtractor(null, ExtractorSettings.Default.Without(ExtractionRule.ParticipleClauseSubject)).Extract(text);
        Assert.NotEqual("Bram Ostergaard", off.SpeakerName(off.StatementContaining("declared the winner")));
    }

    [Fact]
    public void An_emailed_appositive_subject_speaks_the_participle_quote()
    {
        const string text = "Ferry vote\nThe ferry vote was close.\n"
            + "Lisbet Quarrie, the harbour chair, emailed supporters on Monday evening, telling them, \u201cI am proud of this town and its people.\u201d";
        var x = Extractor.Extract(text);
        Assert.Equal("Lisbet Quarrie", x.SpeakerName(x.StatementContaining("proud of this town")));
    }

    [Fact]
    public void A_sentence_naming_its_subject_introduces_the_cue_less_quote_after_it()
    {
        const string text = "Canal plan\n\u201cThe canal must be dredged this year,\u201d said Councillor Bram Ostergaard, who chairs the works committee.\n\n"
            + "Mayor Lisbet Quarrie agreed. \u201cThis is the right plan for the valley and everyone who lives in it.\u201d";
        var x = Extractor.Extract(text);
        Assert.Equal("Lisbet Quarrie", x.SpeakerName(x.StatementContaining("right plan for the valley")));
        var off = new ArticleExtractor(null, ExtractorSettings.Default.Without(ExtractionRule.LeadInSentenceSubject)).Extract(text);
        Assert.Equal("Bram Ostergaard", off.SpeakerName(off.StatementContaining("right plan for the valley")));
    }

    [Fact]
    public void A_follow_on_quote_in_the_same_paragraph_keeps_its_speaker_over_a_lead_in_sentence()
    {
        const string text = "Canal plan\n\u201cThe canal must be dredged,\u201d Councillor Bram Ostergaard said. "
            + "Mayor Lisbet Quarrie shook her head. \u201cThe canal has waited ten years and it can wait one more.\u201d";
        var x = Extractor.Extract(text);
        // Annotators keep the follow-on quote with the statement before it in its paragraph.
        Assert.Equal("Bram Ostergaard", x.SpeakerName(x.StatementContaining("waited ten years")));
    }

    [Fact]
    public void A_long_attribution_after_a_question_mark_still_takes_the_quote()
    {
        const string text = "Ferry vote\nThe ferry vote was close.\n"
            + "\u201cWill the ferries run next winter, who knows?\u201d Orla Fenwick told a local radio station in an interview aired on Monday when asked about the timetable.";
        var x = Extractor.Extract(text);
        var s = x.StatementContaining("who knows");
        Assert.Equal("Orla Fenwick", x.SpeakerName(s));
        Assert.Equal("told", s.CueText);
    }

    [Fact]
    public void A_long_clause_after_a_full_stop_is_a_new_statement()
    {
        const string text = "Ferry vote\n\u201cThe ferries will run.\u201d Orla Fenwick says the timetable for the winter months will be published by the harbour board next week after the vote.";
        var x = Extractor.Extract(text);
        Assert.Contains(x.Statements, s => s.Text.Contains("timetable for the winter", StringComparison.Ordinal) && !s.Text.Contains("ferries will run", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_after_a_preposition_is_not_the_subject_introducing_a_quote()
    {
        const string text = "Ferry vote\nThe ferry vote was close.\n"
            + "The timing of Bram Ostergaard's surge does not surprise harbour pollster Lisbet Quarrie: \u201cNo ferry leaves the harbour until the crews are paid in full.\u201d";
        var x = Extractor.Extract(text);
        Assert.Equal("Lisbet Quarrie", x.SpeakerName(x.StatementContaining("until the crews are paid")));
    }
}
