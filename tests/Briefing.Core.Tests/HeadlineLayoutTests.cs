using Briefing.Core.Extraction;

using static Briefing.Core.Tests.RuleTestExtractors;

namespace Briefing.Core.Tests;

/// <summary>Headline layouts (issue 13, thirteenth pass): a headline whose verb is a progressive after "is", and a
/// headline colon after a verb and its object. Each rule is checked on and off. Fictional texts.</summary>
public sealed class HeadlineLayoutTests
{
    private static readonly ArticleExtractor Extractor = new();

    private const string Body = "\n\nOrla Fenwick, the harbour master of Port Ardent, spoke to the Courier on Monday about the levy.";

    [Fact]
    public void A_headline_with_a_progressive_speech_verb_is_the_subjects_statement()
    {
        // No adverb: after "Now" HeadlineAdverbVerb would read "Calling" as the verb too.
        const string text = "Orla Fenwick Is Calling The Levy A \u2018Harbour Tax\u2019 For Sailors." + Body;
        var x = Extractor.Extract(text);
        var s = x.StatementContaining("Harbour Tax");
        Assert.Equal("Calling", s.CueText);
        Assert.Equal("Orla Fenwick", x.SpeakerName(s));

        var off = Without(ExtractionRule.HeadlineProgressive).Extract(text);
        Assert.DoesNotContain(off.Statements, st => st.CueText == "Calling");
    }

    [Fact]
    public void A_headline_colon_after_a_verb_and_its_object_makes_no_second_statement()
    {
        const string text = "Orla Fenwick Endorses Pim Sorrowgate: I Am \u2018Done\u2019 With The Board." + Body;
        var x = Extractor.Extract(text);
        var s = Assert.Single(x.Statements, st => st.Text.Contains("Done", StringComparison.Ordinal));
        Assert.Equal("Orla Fenwick", x.SpeakerName(s));

        var off = Without(ExtractionRule.HeadlineColonAfterVerb).Extract(text);
        Assert.Equal(2, off.Statements.Count(st => st.Text.Contains("Done", StringComparison.Ordinal)));
    }
}
