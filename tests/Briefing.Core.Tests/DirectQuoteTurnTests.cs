using Briefing.Core.Extraction;

using static Briefing.Core.Tests.RuleTestExtractors;

namespace Briefing.Core.Tests;

/// <summary>Which statement owns a direct quote when the text has no usual cue for it (issue 13, fifth direct-quote
/// pass): transcript turns, and more. Each test checks the rule on and off. Fictional texts.</summary>
public sealed class DirectQuoteTurnTests
{
    private static readonly ArticleExtractor Extractor = new();

    private static string SourceOf(string text, ExtractedStatement s) =>
        s.Source is { } source ? source.Of(text) : throw new Xunit.Sdk.XunitException($"statement \"{s.Text}\" has no source");

    private const string Transcript = "Ferry hearing\nCouncillor Bram Ostergaard spoke about the ferry on Sunday.\n\n"
        + "Partial transcript as follows:\n\n"
        + "\"QUARRIE: Councillor, the ferry lost money again this winter. Will it keep running?\n\n"
        + "\"OSTERGAARD: Well, look, the ferry is a \u201clifeline\u201d for the islands. I think the board knows that.\n\n"
        + "\"And nobody has asked the islanders what they want, which I said from the start.\n\n"
        + "\"(CROSSTALK.)\n\n"
        + "\"QUARRIE: We have to leave it there.\n\n"
        + "Follow the hearing online.";

    [Fact]
    public void A_transcript_turn_is_the_statement_of_its_label_and_runs_on_to_the_next_label()
    {
        var x = Extractor.Extract(Transcript);
        var turn = x.StatementContaining("a \u201clifeline\u201d");
        Assert.Equal("OSTERGAARD", SourceOf(Transcript, turn));
        Assert.Equal(":", turn.CueText);
        Assert.Equal(2, turn.Content.Count);
        Assert.Contains("nobody has asked the islanders", turn.Content[1].Of(Transcript), StringComparison.Ordinal);
        // The speaker's own cue words ("I think", "I said") make no statements of their own.
        Assert.DoesNotContain(x.Statements, s => s.CueText is "think" or "said");
        Assert.Equal("QUARRIE", SourceOf(Transcript, x.StatementContaining("leave it there")));
        Assert.DoesNotContain(x.Statements, s => s.Text.Contains("Follow the hearing", StringComparison.Ordinal));
        var off = Without(ExtractionRule.TranscriptTurns).Extract(Transcript);
        Assert.DoesNotContain(off.Statements, s => s.CueText == ":" && s.Text.Contains("lifeline", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_labelled_paragraphs_are_no_transcript()
    {
        const string text = "Ferry news\nMayor Lisbet Quarrie said the ferry would run on Sunday after all.\n\n"
            + "UPDATE: The ferry will run on Sunday, the harbour office said, and I think the islanders will be glad of it.\n\n"
            + "CORRECTION: An earlier version of this story gave the wrong day for the ferry, as the harbour office pointed out.";
        var on = Extractor.Extract(text).Statements.Select(s => (s.CueText, s.Text));
        var off = Without(ExtractionRule.TranscriptTurns).Extract(text).Statements.Select(s => (s.CueText, s.Text));
        Assert.Equal(off, on);
        Assert.Contains(on, s => s.CueText == "think");
    }

    [Fact]
    public void A_quote_nested_in_marks_of_the_same_style_stays_inside_the_signed_quote()
    {
        const string text = "Readers write\n\u201cThe ferry is late again.\u201d \u2015 Orla Fenwick\n"
            + "\u201cI would rather row than take what he calls \u201cthe future of the harbour\u201d every morning.\u201d \u2015 Bram Ostergaard";
        var x = Extractor.Extract(text);
        var rowing = x.StatementContaining("rather row");
        Assert.Equal("Bram Ostergaard", SourceOf(text, rowing));
        Assert.Contains("every morning", rowing.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dotted_abbreviation_before_a_title_does_not_end_the_sentence()
    {
        const string text = "Harbour case\nThe harbour board asked for a stern sentence. "
            + "A long sentence \"would deter anyone who thinks the berths are free,\" Assistant U.S. Attorney Lisbet Quarrie wrote. "
            + "The board was pleased in the U.S. The crews were not.";
        var x = Extractor.Extract(text);
        var deter = x.StatementContaining("would deter");
        Assert.Equal("wrote", deter.CueText);
        Assert.Equal("Lisbet Quarrie", x.SpeakerName(deter));
    }

    [Fact]
    public void A_cue_after_and_takes_the_subject_of_the_verb_it_is_coordinated_with()
    {
        const string text = "Ferry question\nOrla Fenwick asked about the ferry budget on Monday. "
            + "When asked whom she backed, Lisbet Quarrie smiled and said, \"I am waiting for the harbour master to run.\"";
        var x = Extractor.Extract(text);
        Assert.Equal("Lisbet Quarrie", SourceOf(text, x.Statements.Single(s => s.CueText == "said")));
        // Off, "said" shares the subject of the clause before ("she backed") or, inside that clause's content, is dropped
        // with it (SharedCueInsideStatement): either way not Quarrie's.
        var off = Without(ExtractionRule.CoordinatedVerbSubject).Extract(text);
        Assert.DoesNotContain(off.Statements, s => s.CueText == "said" && off.SpeakerName(s) == "Lisbet Quarrie");
    }

    [Fact]
    public void A_possessive_or_an_embedded_subject_before_the_coordinated_verb_does_not_speak()
    {
        const string text = "Ferry vote\nMayor Lisbet Quarrie questioned Orla Fenwick's budget and said the ferry \"will run all winter.\"";
        var x = Extractor.Extract(text);
        Assert.Equal("Lisbet Quarrie", x.SpeakerName(x.Statements.Single(s => s.CueText == "said")));
    }

    [Fact]
    public void A_number_with_a_slash_opens_an_inverted_source()
    {
        const string text = "Ferry anniversary\n\u201cThe ferry has to run every day of the year,\u201d said 24/7 campaigner Orla Fenwick.";
        var x = Extractor.Extract(text);
        Assert.Equal("Orla Fenwick", x.SpeakerName(x.StatementContaining("every day of the year")));
    }

    [Fact]
    public void A_participle_in_a_fronted_in_phrase_is_no_cue()
    {
        const string text = "Ferry video\nIn a video posted Friday, Mayor Lisbet Quarrie said the ferry had \"areas of real weakness\" but would run.";
        var x = Extractor.Extract(text);
        Assert.DoesNotContain(x.Statements, s => s.CueText == "posted");
        Assert.Equal("Lisbet Quarrie", x.SpeakerName(x.StatementContaining("areas of real weakness")));
        // NestedSubjectReplacesOuter would also drop "posted" (its content opens with the mayor's own statement).
        var off = new ArticleExtractor(null, ExtractorSettings.Default.Without(ExtractionRule.FrontedParticipleIsNoCue).Without(ExtractionRule.NestedSubjectReplacesOuter)).Extract(text);
        Assert.Contains(off.Statements, s => s.CueText == "posted");
    }
}
