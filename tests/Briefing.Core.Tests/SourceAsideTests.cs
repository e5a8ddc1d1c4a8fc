using Briefing.Core.Extraction;

namespace Briefing.Core.Tests;

/// <summary>Source rules for subjects that stand apart from a name: a lower-case noun phrase opening its own clause,
/// an aside between commas, a listener after "told", modifiers before a sentence-final cue. Each test also switches
/// its rule off to show that the rule decides it. Names are invented.</summary>
public sealed class SourceAsideTests
{
    private static readonly ArticleExtractor Extractor = new();

    private static ArticleExtraction Without(ExtractionRule rule, string text) =>
        new ArticleExtractor(null, ExtractorSettings.Default.Without(rule)).Extract(text);

    private static string? SourceOf(ArticleExtraction x, string text, string fragment) =>
        x.Statements.Where(s => s.Text.Contains(fragment, StringComparison.Ordinal))
            .Select(s => s.Source is { } src ? text[src.Start..src.End] : null).FirstOrDefault();

    [Theory]
    [InlineData("Ferries\nOdile Brannock met the pilots. Brannock leads the race, and three-fourths say the ferries are too slow.", "the ferries are too slow", "three-fourths")]
    [InlineData("Ferries\nSkippers preferred Odile Brannock, while harbour pilots backed Aldo Varga.", "Aldo Varga", "harbour pilots")]
    public void A_noun_phrase_after_a_clause_boundary_is_the_subject(string text, string content, string source)
    {
        Assert.Equal(source, SourceOf(Extractor.Extract(text), text, content));
        Assert.NotEqual(source, SourceOf(Without(ExtractionRule.ClauseNounPhrase, text), text, content));
    }

    [Fact]
    public void An_aside_between_commas_is_skipped_to_the_name_before_it()
    {
        const string text = "Ferries\nSen. Odile Brannock, facing a hard race in Ohio, a swing state, said she would back the levy.";
        var x = Extractor.Extract(text);
        var s = x.StatementContaining("she would back the levy");
        Assert.Equal("Odile Brannock", x.SpeakerName(s));
        Assert.Equal("Sen. Odile Brannock", text[s.Source!.Value.Start..s.Source.Value.End]);

        var off = Without(ExtractionRule.ParentheticalPhrase, text);
        Assert.NotEqual("Odile Brannock", off.SpeakerName(off.StatementContaining("she would back the levy")));
    }

    [Fact]
    public void An_adverb_between_the_name_and_the_cue_is_skipped()
    {
        const string text = "Ferries\nOdile Brannock rarely wins the vote, yet Aldo Varga continually brags about the levy.";
        var x = Extractor.Extract(text);
        Assert.Equal("Aldo Varga", SourceOf(x, text, "the levy"));
        Assert.NotEqual("Aldo Varga", SourceOf(Without(ExtractionRule.ParentheticalPhrase, text), text, "the levy"));
    }

    [Fact]
    public void The_phrase_after_told_is_a_listener_not_an_inverted_source()
    {
        const string text = "Ferries\nBetsy Arlow, the mayor's press secretary, told Harbour Radio last week that the ferries will run.";
        var x = Extractor.Extract(text);
        var s = x.StatementContaining("the ferries will run");
        Assert.Equal("Betsy Arlow", x.SpeakerName(s));
        Assert.DoesNotContain("Betsy Arlow", s.Text, StringComparison.Ordinal);

        // A sentence that opens with a name and a comma is also caught by NamedSubjectNotInverted: both go off.
        var off = new ArticleExtractor(null, ExtractorSettings.Default.Without(ExtractionRule.ListenerIsNoSource)
            .Without(ExtractionRule.NamedSubjectNotInverted)).Extract(text);
        Assert.Contains(off.Statements, o => o.Text.Contains("Betsy Arlow", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Ferries\nThe ferries were late again, harbour officials said.", "harbour officials")]
    [InlineData("Ferries\nThe ferries were late again, people close to Odile Brannock say.", "people close to Odile Brannock")]
    public void A_sentence_final_cue_takes_the_clause_before_its_source(string text, string source)
    {
        var x = Extractor.Extract(text);
        var s = x.StatementContaining("The ferries were late again");
        Assert.Equal(source, text[s.Source!.Value.Start..s.Source.Value.End]);

        var off = Without(ExtractionRule.ExtendSourceToQuote, text);
        Assert.DoesNotContain(off.Statements, o => o.Text.Contains("The ferries were late again", StringComparison.Ordinal)
                                                   && o.Source is { } src && text[src.Start..src.End] == source);
    }

    [Fact]
    public void An_aside_before_a_plural_subject_is_skipped()
    {
        const string text = "Ferries\nLocal traders, however, say the port is busy.";
        var x = Extractor.Extract(text);
        Assert.Equal("Local traders", SourceOf(x, text, "the port is busy"));
        // AsideBeforeVerb reads the same aside from the cue's side: both off, nothing is left.
        var off = new ArticleExtractor(null, ExtractorSettings.Default.Without(ExtractionRule.ClauseNounPhrase).Without(ExtractionRule.AsideBeforeVerb)).Extract(text);
        Assert.Null(SourceOf(off, text, "the port is busy"));
    }
}
