using Briefing.Core.Extraction;

namespace Briefing.Core.Tests;

/// <summary>Speaker rules of the second direct-quote speaker pass (issue 13), added from train errors: each is checked
/// with the rule on and off, so the test shows what the rule itself changes. Names, places and quotes are invented.</summary>
public sealed class DirectSpeakerPassTests
{
    private static ArticleExtraction With(string text) => new ArticleExtractor().Extract(text);

    private static ArticleExtraction Without(ExtractionRule rule, string text) =>
        new ArticleExtractor(null, ExtractorSettings.Default.Without(rule)).Extract(text);

    [Fact]
    public void A_clause_split_by_a_parenthetical_cue_goes_on_after_it_with_its_quote()
    {
        const string text = "Ferry levy\n\nOdile Brannock spoke to the harbour board on Monday.\n\n"
            + "The trouble with the new levy, she said, is that \"nobody on the quay ever pays it.\"";
        var on = With(text);
        var s = on.StatementContaining("nobody on the quay");
        Assert.Equal("said", s.CueText);
        Assert.Equal("Odile Brannock", on.SpeakerName(s));
        Assert.Contains("The trouble with the new levy", s.Text, StringComparison.Ordinal);

        var off = Without(ExtractionRule.ParentheticalCueSpansSentence, text);
        Assert.NotEqual("said", off.StatementContaining("nobody on the quay").CueText);
    }

    [Fact]
    public void A_participle_or_a_conjunction_after_the_parenthetical_cue_keeps_its_own_clause()
    {
        const string text = "Ferry levy\n\nThe levy is unfair, she said, and the board agreed on Monday.";
        var s = With(text).StatementContaining("levy is unfair");
        Assert.DoesNotContain("board agreed", s.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_question_quote_keeps_its_attribution_when_a_pronoun_comes_later_in_it()
    {
        const string text = "Ferry levy\n\nOdile Brannock said the board would fold.\n"
            + "\"Who knows what happens next?\" Tomas Quell told a radio station on Monday after he won the vote.";
        var on = With(text);
        var s = on.StatementContaining("Who knows what happens next");
        Assert.Equal("told", s.CueText);
        Assert.Equal("Tomas Quell", on.SpeakerName(s));

        // NamedSubjectAfterQuote would also give the split-off quote to the name after it, and TimeClauseAfterCue keeps
        // "after he won" with its quote too; without all three, the previous speaker's carries over.
        var noLongAttribution = ExtractorSettings.Default.Without(ExtractionRule.AskedQuoteKeepsLongAttribution)
            .Without(ExtractionRule.TimeClauseAfterCue);
        var off = new ArticleExtractor(null, noLongAttribution.Without(ExtractionRule.NamedSubjectAfterQuote)).Extract(text);
        Assert.Equal("Odile Brannock", off.SpeakerName(off.StatementContaining("Who knows what happens next")));
        var split = new ArticleExtractor(null, noLongAttribution).Extract(text).StatementContaining("Who knows what happens next");
        Assert.Null(split.CueText);
    }

    [Fact]
    public void A_name_and_an_unknown_verb_after_a_cue_less_question_quote_take_it_from_the_previous_speaker()
    {
        const string text = "Ferry levy\n\n\"The levy is fair,\" Odile Brannock said.\n\n"
            + "\"You know, it happens, right?\" Tomas Quell went on, as if he had not heard her.";
        var on = With(text);
        Assert.Equal("Tomas Quell", on.SpeakerName(on.StatementContaining("it happens, right")));

        var off = Without(ExtractionRule.NamedSubjectAfterQuote, text);
        Assert.Equal("Odile Brannock", off.SpeakerName(off.StatementContaining("it happens, right")));
    }

    [Fact]
    public void An_embedded_quote_after_a_contrasting_conjunction_belongs_to_that_clause_subject()
    {
        const string text = "Ferry levy\n\nHarbour Gov. Odile Brannock on Monday signed an order trying to get the quay closed, while Tomas Quell, "
            + "the former ferry captain, proposed we \"sail on and let the board sink\" and said the levy should go.";
        var on = With(text);
        Assert.Equal("Tomas Quell", on.SpeakerName(on.StatementContaining("let the board sink")));

        // CommaInversionNeedsReportVerb also keeps "proposed" from inverting after the appositive's comma (which would
        // hand the quote on to the sentence's first name), so it goes off too to show what this rule changes.
        var off = new ArticleExtractor(null, ExtractorSettings.Default.Without(ExtractionRule.EmbeddedQuoteNearestClause)
            .Without(ExtractionRule.CommaInversionNeedsReportVerb)).Extract(text);
        Assert.Equal("Odile Brannock", off.SpeakerName(off.StatementContaining("let the board sink")));
    }
}
