using Briefing.Core.Extraction;

namespace Briefing.Core.Tests;

/// <summary>Source phrases bounded by the quote before them, and other speaker rules, on invented texts.</summary>
public sealed class SourceSpanTests
{
    private static readonly ArticleExtractor Extractor = new();

    [Theory]
    [InlineData("\u201cThe levy will ruin the docks,\u201d former harbour planning director Ilse Varnholt wrote to the council.", "former harbour planning director Ilse Varnholt")]
    [InlineData("\u201cThe levy will ruin the docks,\u201d Ilse Varnholt, 67, a retired clerk in Lowmere, Fen., said.", "Ilse Varnholt, 67, a retired clerk in Lowmere, Fen.")]
    public void The_whole_phrase_between_a_quote_and_its_cue_is_the_source(string sentence, string source)
    {
        var text = "Docks levy\nThe council met on Monday.\n" + sentence;
        var x = Extractor.Extract(text);
        var s = x.StatementContaining("The levy will ruin the docks");
        Assert.Equal(source, s.Source!.Value.Of(text));
        Assert.Equal("Ilse Varnholt", x.SpeakerName(s));
    }

    [Fact]
    public void A_scare_quote_inside_a_clause_does_not_bound_a_source()
    {
        const string text = "Docks levy\nShe had been angry after what she called a \u201crant,\u201d a series of posts that included one saying the docks were doomed.";
        var x = Extractor.Extract(text);
        Assert.DoesNotContain(x.Statements, s => s.Source is { } src && src.Of(text).StartsWith("a series", StringComparison.Ordinal));
    }
    [Theory]
    [InlineData("\u201cThe levy will ruin the docks,\u201d said former harbour executive Ilse Varnholt in a debate.", "Ilse Varnholt")]
    [InlineData("\u201cThe levy will ruin the docks,\u201d said another leading Fenland Court advocate, Ilse J. Varnholt of the firm Brask.", "Ilse J. Varnholt")]
    public void An_inverted_source_after_a_quote_may_open_with_a_lower_case_title(string sentence, string speaker)
    {
        var x = Extractor.Extract("Docks levy\nThe council met on Monday.\n" + sentence);
        var s = x.StatementContaining("The levy will ruin the docks");
        Assert.Equal(speaker, x.SpeakerName(s));
    }
    [Fact]
    public void A_show_title_in_an_opening_adverbial_is_not_the_content()
    {
        const string text = "Docks levy\nSunday on Harbour Radio\u2019s \u201cMorning Tides,\u201d Councillor Ilse Varnholt said the levy would ruin the docks.";
        var x = Extractor.Extract(text);
        Assert.DoesNotContain(x.Statements, s => s.Text.Contains("Morning Tides", StringComparison.Ordinal));
        var s = x.StatementContaining("the levy would ruin the docks");
        Assert.Equal("Ilse Varnholt", x.SpeakerName(s));
    }
    [Fact]
    public void The_issuer_of_a_statement_speaks_its_content()
    {
        const string text = "Docks levy\nIn response, Harbour Office Secretary Ilse Varnholt released a statement saying, \u201cThe docks will stay open.\u201d";
        var x = Extractor.Extract(text);
        Assert.Equal("Ilse Varnholt", x.SpeakerName(x.StatementContaining("The docks will stay open")));
    }

    [Fact]
    public void A_subject_between_a_quote_and_told_wins_over_the_listener()
    {
        const string text = "Docks levy\n\u201cThe docks will stay open,\u201d Varnholt, 69, told Harbour Radio on Monday.";
        var x = Extractor.Extract(text);
        var s = x.StatementContaining("The docks will stay open");
        Assert.StartsWith("Varnholt", s.Source!.Value.Of(text), StringComparison.Ordinal);
    }
    [Fact]
    public void Went_on_attributes_only_before_speech()
    {
        const string text = "Docks levy\nIlse Varnholt spoke first. \u201cThe docks will stay open,\u201d she went on. The meeting went on for hours.";
        var x = Extractor.Extract(text);
        var s = x.StatementContaining("The docks will stay open");
        Assert.Equal("went on", s.CueText);
        Assert.Equal("Ilse Varnholt", x.SpeakerName(s));
        Assert.DoesNotContain(x.Statements, st => st.Text.Contains("for hours", StringComparison.Ordinal));
    }
}
