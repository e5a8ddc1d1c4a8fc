using Briefing.Core.Extraction;

using static Briefing.Core.Tests.RuleTestExtractors;

namespace Briefing.Core.Tests;

/// <summary>NamingFrameQuote (issue 13, scare quotes): a short cue-less quote after a naming verb or a naming "as" is
/// the clause subject's phrase, though the scare-quote filters (a determiner before it, title case) would drop it.
/// Each test checks the rule on and off. Fictional texts.</summary>
public sealed class NamingFrameQuoteTests
{
    private static readonly ArticleExtractor Extractor = new();

    private static bool Has(ArticleExtraction x, string fragment) =>
        x.Statements.Any(s => s.Text.Contains(fragment, StringComparison.Ordinal));

    [Theory]
    [InlineData("Bram Ostergaard called Mara Jennings the \u201charbour hawk\u201d at a rally on Monday.", "harbour hawk")]
    [InlineData("Bram Ostergaard openly admires Mara Jennings as a \u201cstrong leader\u201d in his speeches.", "strong leader")]
    [InlineData("Bram Ostergaard has often used the phrase \u201cTide Tax\u201d about the levy.", "Tide Tax")]
    [InlineData("Bram Ostergaard has dubbed the plan \u201cOperation Low Tide\u201d in his letters.", "Operation Low Tide")]
    public void A_quote_after_a_naming_frame_is_the_subject_s(string sentence, string phrase)
    {
        var text = "Harbour levy\nThe board met on Monday.\n\n" + sentence;
        var x = Extractor.Extract(text);
        Assert.Equal("Bram Ostergaard", x.SpeakerName(x.StatementContaining(phrase)));
        var off = Without(ExtractionRule.NamingFrameQuote).Extract(text);
        Assert.DoesNotContain(off.Statements, s => s.Text.Contains(phrase, StringComparison.Ordinal) && s.Text.Length < phrase.Length + 6);
    }

    [Theory]
    [InlineData("The levy passed, as the \u201cautopsy\u201d of the last vote had urged.", "autopsy")]
    [InlineData("As the \u201cNo Levy\u201d movement grew, the board met again.", "No Levy")]
    [InlineData("Bram Ostergaard met the so-called \u201charbour hawks\u201d on Monday.", "harbour hawks")]
    public void An_as_that_opens_a_clause_or_a_so_called_is_no_naming_frame(string sentence, string phrase)
    {
        var text = "Harbour levy\nThe board met on Monday.\n\n" + sentence;
        Assert.False(Has(Extractor.Extract(text), phrase));
    }
}
