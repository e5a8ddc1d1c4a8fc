using Briefing.Core.Extraction;

using static Briefing.Core.Tests.RuleTestExtractors;

namespace Briefing.Core.Tests;

/// <summary>Direct quotes no statement touched (issue 13, twelfth pass): list-item headlines in title case with a cue
/// word in any form, names given after a passive naming verb, and speech verbs the cue table lacked. Each rule is
/// checked on and off. Fictional texts.</summary>
public sealed class UntouchedDirectQuoteTests
{
    private static readonly ArticleExtractor Extractor = new();

    private static bool Has(ArticleExtraction x, string fragment) =>
        x.Statements.Any(s => s.Text.Contains(fragment, StringComparison.Ordinal));

    private const string ListArticle = "Ten things dock workers told us this year\n"
        + "Take a look at what the harbour's people said that got us thinking.\n\n1\n\n";

    [Theory]
    [InlineData("Orla Fenwick Explained Why She Felt \u201cUnheard\u201d At The Board.", "Unheard", "Explained")]
    [InlineData("Orla Fenwick Asked Captains Everywhere To \u201cSlow Down.\u201d", "Slow Down", "Asked")]
    [InlineData("Orla Fenwick Is Now Calling The Levy A \u2018Harbour Tax\u2019 For Sailors.", "Harbour Tax", "Calling")]
    public void A_title_case_list_item_with_a_cue_and_a_quote_is_a_statement(string item, string phrase, string cue)
    {
        var text = ListArticle + item + "\n\nOrla Fenwick spoke to the Courier about her years on the docks.";
        var x = Extractor.Extract(text);
        var s = x.StatementContaining(phrase);
        Assert.Equal(cue, s.CueText);
        Assert.Equal("Orla Fenwick", x.SpeakerName(s));
        Assert.False(Has(Without(ExtractionRule.TitleCaseLineVerb).Extract(text), phrase));
    }

    [Fact]
    public void A_title_case_line_without_a_quote_after_its_verb_is_left_alone()
    {
        var text = ListArticle + "Orla Fenwick Explained Why The Docks Matter.\n\nOrla Fenwick spoke to the Courier.";
        Assert.False(Has(Extractor.Extract(text), "Why The Docks Matter"));
    }

    [Theory]
    [InlineData("The new fund will informally be dubbed the \u201cHarbour Fund\u201d and will pay for the repairs.", "Harbour Fund", "be dubbed")]
    [InlineData("Her new book is titled \u201cLow Tide.\u201d It came out in May.", "Low Tide", "is titled")]
    [InlineData("Grey gulls are considered the \u201ckeepers of the harbour.\u201d", "keepers of the harbour", "are considered")]
    public void A_quote_after_a_passive_naming_verb_is_a_statement_with_no_source(string sentence, string phrase, string cue)
    {
        var text = Lead + sentence;
        var x = Extractor.Extract(text);
        var s = x.StatementContaining(phrase);
        Assert.Equal(cue, s.CueText);
        Assert.Null(x.Speaker(s));
        // Off, the quote is dropped as a scare quote or given to the clause subject (the book, the gulls).
        Assert.DoesNotContain(Without(ExtractionRule.PassiveNamingQuote).Extract(text).Statements,
            s => s.Text.Contains(phrase, StringComparison.Ordinal) && s.CueText == cue);
    }

    [Fact]
    public void Being_called_after_a_preposition_stays_with_the_subject()
    {
        var x = Extractor.Extract(Lead + "Orla Fenwick spoke openly about being described as a \u201cdifficult woman\u201d in the press.");
        Assert.Equal("Orla Fenwick", x.SpeakerName(x.StatementContaining("difficult woman")));
    }

    [Fact]
    public void An_active_naming_verb_is_left_to_the_naming_frame()
    {
        // "Roe called the plan …": the subject speaks (NamingFrameQuote); the passive rule needs a form of "be".
        var x = Without(ExtractionRule.NamingFrameQuote).Extract(Lead + "Bram Ostergaard called the plan the \u201cHarbour Fund\u201d on Monday.");
        Assert.DoesNotContain(x.Statements, s => s.CueText == "called" && s.Text == "\u201cHarbour Fund\u201d");
    }

    [Theory]
    [InlineData("Bram Ostergaard implied the board was biased and \u201chostile\u201d to dock workers.", "implied")]
    [InlineData("Bram Ostergaard confided to her that his parents had been \u201cthe first family on the quay.\u201d", "confided")]
    public void Imply_and_confide_are_speech_cues(string sentence, string cue)
    {
        var x = Extractor.Extract(Lead + sentence);
        var s = x.StatementContaining(sentence.Contains("hostile") ? "hostile" : "first family");
        Assert.Equal(cue, s.CueText);
        Assert.Equal("Bram Ostergaard", x.SpeakerName(s));
    }
}
