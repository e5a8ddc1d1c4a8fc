using Briefing.Core.Extraction;

using static Briefing.Core.Tests.RuleTestExtractors;

namespace Briefing.Core.Tests;

/// <summary>Headline layouts (issue 13, thirteenth pass): a verb that is no cue word after a headline adverb ("Roe
/// Just Snubbed The ‘Harbour Plan’"), a progressive speech verb after "is", and a headline colon after a verb and its
/// object. Each rule is checked on and off. Fictional texts.</summary>
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

    [Theory]
    [InlineData("Orla Fenwick Just Snubbed The \u2018Harbour Plan\u2019 In The Worst Way.", "Harbour Plan", "Snubbed")]
    [InlineData("Orla Fenwick Finally Shared Her \u2018Dockside Prayer\u2019 With Sailors.", "Dockside Prayer", "Shared")]
    public void A_headline_verb_after_an_adverb_quotes_its_subject(string headline, string phrase, string cue)
    {
        var text = headline + Body;
        var x = Extractor.Extract(text);
        var s = x.StatementContaining(phrase);
        Assert.Equal(cue, s.CueText);
        Assert.Equal("Orla Fenwick", x.SpeakerName(s));
        Assert.DoesNotContain(Without(ExtractionRule.HeadlineAdverbVerb).Extract(text).Statements,
            st => st.Text.Contains(phrase, StringComparison.Ordinal) && st.CueText == cue);
    }

    [Theory]
    [InlineData("Orla Fenwick Just Got Some Devastating News.", "Got")] // no quote after the verb
    [InlineData("Harbour Board Still Under \u2018Heavy Fire\u2019 After Vote.", "Under")] // no verb form after the adverb
    public void A_headline_with_no_quote_or_no_verb_after_the_adverb_is_left_alone(string headline, string wordAfterAdverb)
    {
        var x = Extractor.Extract(headline + Body);
        Assert.DoesNotContain(x.Statements, s => s.CueText == wordAfterAdverb);
    }
}
