using Briefing.Core.Extraction;

namespace Briefing.Core.Tests;

/// <summary>Speaker rules of the twelfth direct-quote pass (issue 13), from train errors where a quote's speaker was the
/// object of the verb before it: each is checked with the rule on and off. Names, places and quotes are invented.</summary>
public sealed class DirectSpeakerTwelfthPassTests
{
    private static ArticleExtraction With(string text) => new ArticleExtractor().Extract(text);

    private static ArticleExtraction Without(ExtractionRule rule, string text) => RuleTestExtractors.Without(rule).Extract(text);

    [Fact]
    public void A_verb_that_reports_no_words_keeps_its_subject_before_the_comma_and_its_participle_follows()
    {
        const string text = RuleTestExtractors.Lead + "The 76-year-old Tomas Quell, founder of the harbour club and a ferry captain from Lisk, "
            + "endorsed Brannock last week, saying she \"has always stood up for the dock workers.\"";
        var on = With(text);
        Assert.Equal("Tomas Quell", on.SpeakerName(on.StatementContaining("stood up for the dock workers")));

        // Read as an inversion ("…, endorsed Brannock"), the object became the source and the participle shared it.
        var off = Without(ExtractionRule.CommaInversionNeedsReportVerb, text);
        Assert.Equal("Brannock", off.SpeakerName(off.StatementContaining("stood up for the dock workers")));
    }

    [Fact]
    public void A_reporting_verb_after_a_comma_still_takes_the_name_after_it()
    {
        var on = With(RuleTestExtractors.Lead + "The levy will pass in the spring, said Odile Brannock.");
        var s = on.StatementContaining("The levy will pass");
        Assert.Equal("said", s.CueText);
        Assert.Equal("Odile Brannock", on.SpeakerName(s));
    }

    [Fact]
    public void A_topic_participle_after_the_cue_shares_the_speaker_and_names_no_source_after_it()
    {
        const string text = RuleTestExtractors.Lead + "\"The mayor has no plans to attend the regatta,\" a spokesman said Thursday, "
            + "speaking of the Harbour Regatta, which will be held in July.";
        var on = With(text);
        var quote = on.StatementContaining("no plans to attend");
        Assert.Equal("said", quote.CueText);
        Assert.Equal("a spokesman", quote.Source is { } source ? source.Of(text) : null);
        Assert.DoesNotContain(on.Statements, s => on.SpeakerName(s) == "Harbour Regatta");

        // As a finite verb after a comma, "speaking of" inverted: the event spoke the quote.
        var off = Without(ExtractionRule.TopicParticiple, text);
        Assert.Equal("Harbour Regatta", off.SpeakerName(off.StatementContaining("no plans to attend")));
    }
}
