using Briefing.Core.Extraction;

namespace Briefing.Core.Tests;

/// <summary>Who speaks when the cue has no phrase right before it: the clause subject (fictional texts).</summary>
public sealed class ClauseSubjectTests
{
    private static readonly ArticleExtractor Extractor = new();

    [Fact]
    public void A_determiner_phrase_opening_the_clause_is_the_subject_not_the_name_after_it()
    {
        const string text = "Harbour row\nHis chief aide doubled down on attacks on Odile Brannock, saying she is \u201cnot fit to run a ferry\u201d at all.";
        var x = Extractor.Extract(text);
        var s = x.StatementContaining("not fit to run a ferry");
        Assert.StartsWith("His chief", s.Source!.Value.Of(text));
    }

    [Fact]
    public void A_participle_after_an_appositive_object_takes_the_clause_subject()
    {
        const string text = "Harbour row\nOn Friday, Pim Sorrowgate endorsed Odile Brannock at Quayside Hall, the town's old market, calling her \u201cthe only adult in the room.\u201d";
        var x = Extractor.Extract(text);
        var s = x.StatementContaining("the only adult in the room");
        Assert.Equal("Pim Sorrowgate", x.SpeakerName(s));
    }

    [Theory]
    [InlineData("The publication")]
    [InlineData("The ambassador")]
    [InlineData("The sheriff")]
    [InlineData("The blogger")]
    public void Institutional_and_office_nouns_can_speak(string subject)
    {
        var text = "Harbour row\n" + subject + " has long opposed Odile Brannock, arguing she would \u201cgive the harbour away\u201d to friends.";
        var x = Extractor.Extract(text);
        var s = x.StatementContaining("give the harbour away");
        Assert.Equal(subject, s.Source!.Value.Of(text));
    }

    [Theory]
    [InlineData("The mayor's tone was milder than that of her campaign's leadership, who, on a press call Friday, criticized Sorrowgate for \u201cmisrepresenting what had occurred.\u201d", "who")]
    [InlineData("Brannock's release linked to the Quayside Gazette report, which notes, \u201cMore than half the donors met the mayor in person.\u201d", "which")]
    public void A_relative_pronoun_before_the_cue_is_the_source(string sentence, string source)
    {
        var text = "Harbour row\n" + sentence;
        var x = Extractor.Extract(text);
        var s = x.Statements.Single(st => st.Text.Contains('\u201c'));
        Assert.Equal(source, s.Source!.Value.Of(text));
    }
}
