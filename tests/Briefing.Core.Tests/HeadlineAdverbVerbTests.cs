using Briefing.Core.Extraction;

using static Briefing.Core.Tests.RuleTestExtractors;

namespace Briefing.Core.Tests;

/// <summary>Headlines whose verb is no cue word but stands after a headline adverb (issue 13, thirteenth pass):
/// "Roe Just Snubbed The ‘Harbour Plan’". Checked on and off. Fictional texts.</summary>
public sealed class HeadlineAdverbVerbTests
{
    private static readonly ArticleExtractor Extractor = new();

    private const string Body = "\n\nPORT ARDENT \u2014 Orla Fenwick spoke to the harbour board on Tuesday about the levy.";

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
    [InlineData("Orla Fenwick Just Got Some Devastating News.", "Devastating News")]
    [InlineData("Harbour Board Still Under \u2018Heavy Fire\u2019 After Vote.", "Heavy Fire")]
    public void A_headline_with_no_quote_or_no_verb_after_the_adverb_is_left_alone(string headline, string phrase)
    {
        var x = Extractor.Extract(headline + Body);
        Assert.DoesNotContain(x.Statements, s => s.Text.Contains(phrase, StringComparison.Ordinal) && s.CueText == "Under");
        Assert.DoesNotContain(x.Statements, s => s.Text.Contains(phrase, StringComparison.Ordinal) && s.CueText == "Got");
    }
}
