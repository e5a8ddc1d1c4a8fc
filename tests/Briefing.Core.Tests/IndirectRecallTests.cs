using Briefing.Core.Extraction;

namespace Briefing.Core.Tests;

/// <summary>Indirect statements without a known speech verb: that-clauses, topic verbs, statement nouns.</summary>
public sealed class IndirectRecallTests
{
    private static readonly ArticleExtractor Extractor = new();

    [Theory]
    [InlineData("Mayor Odile Brannock recognized that the ferries were late.", "the ferries were late")]
    [InlineData("Mayor Odile Brannock is confident that the ferries will run.", "the ferries will run")]
    public void A_that_clause_after_an_unknown_verb_or_an_adjective_of_conviction_is_reported(string sentence, string content)
    {
        var x = Extractor.Extract("Ferries\n" + sentence);
        Assert.Equal("Odile Brannock", x.SpeakerName(x.StatementContaining(content)));
    }

    [Theory]
    [InlineData("It was so cold that the ferries stopped.")]
    [InlineData("The plan ensured that the ferries stopped.")]
    [InlineData("It was reported that the ferries stopped.")]
    public void Result_clauses_and_passives_are_not_reports(string sentence)
    {
        var x = Extractor.Extract("Ferries\n" + sentence);
        Assert.Empty(x.Statements);
    }

    [Theory]
    [InlineData("Senator Mara Quillfeather spoke about the harbour tax on Monday.", "the harbour tax")]
    [InlineData("Senator Mara Quillfeather voted against the harbour tax.", "the harbour tax")]
    [InlineData("Senator Mara Quillfeather railed against the harbour tax.", "the harbour tax")]
    [InlineData("Senator Mara Quillfeather is critical of the harbour tax.", "the harbour tax")]
    public void A_topic_verb_with_its_preposition_attributes_its_object(string sentence, string content)
    {
        var x = Extractor.Extract("Tax\n" + sentence);
        Assert.Equal("Mara Quillfeather", x.SpeakerName(x.StatementContaining(content)));
    }

    [Fact]
    public void A_topic_verb_without_its_preposition_is_no_statement()
    {
        var x = Extractor.Extract("Tax\nSenator Mara Quillfeather spoke to donors and voted on Tuesday.");
        Assert.Empty(x.Statements);
    }

    [Fact]
    public void A_statement_noun_after_a_possessor_is_an_attribution_of_its_object()
    {
        const string text = "Tax\nSenator Mara Quillfeather met donors. Quillfeather's criticism of the harbour tax was sharp, and "
            + "her support for the ferry plan was plain.";
        var x = Extractor.Extract(text);
        var criticism = x.StatementContaining("the harbour tax");
        Assert.Equal("Mara Quillfeather", x.SpeakerName(criticism));
        Assert.Equal("the harbour tax", criticism.Text);
        Assert.Equal("criticism of", criticism.CueText);
        var support = x.StatementContaining("the ferry plan");
        Assert.Equal("Mara Quillfeather", x.SpeakerName(support));
        Assert.Equal(SpeakerResolution.Pronoun, support.Resolution);
    }

    [Fact]
    public void A_possessor_s_view_is_that_reports_the_that_clause()
    {
        var x = Extractor.Extract("Tax\nSenator Mara Quillfeather met donors. Quillfeather's view is that the harbour tax will fail.");
        var s = x.StatementContaining("the harbour tax will fail");
        Assert.Equal("Mara Quillfeather", x.SpeakerName(s));
        Assert.StartsWith("that", s.Text);
    }

    [Fact]
    public void A_sentence_opening_with_in_a_poll_reports_what_the_poll_says()
    {
        const string text = "Race\nIn a Harbour Herald poll released Monday, Quillfeather leads Brannock by four points.";
        var x = Extractor.Extract(text);
        var s = x.StatementContaining("leads Brannock by four points");
        Assert.Equal("a Harbour Herald poll released Monday", s.Source!.Value.Of(text));
        Assert.Equal("In", s.CueText);
    }

    [Fact]
    public void In_a_statement_with_a_cue_of_its_own_is_left_to_the_cue()
    {
        const string text = "Race\nIn a statement, Senator Mara Quillfeather said the race was close.";
        var x = Extractor.Extract(text);
        var s = Assert.Single(x.Statements);
        Assert.Equal("said", s.CueText);
    }
}
