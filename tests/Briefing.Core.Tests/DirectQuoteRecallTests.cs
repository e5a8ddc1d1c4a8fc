using Briefing.Core.Extraction;

using static Briefing.Core.Tests.RuleTestExtractors;

namespace Briefing.Core.Tests;

/// <summary>Direct-quote recall (issue 13, misses): quotes that no statement took, or took joined with a neighbour.
/// Each test checks the rule on and off. Fictional texts.</summary>
public sealed class DirectQuoteRecallTests
{
    private static readonly ArticleExtractor Extractor = new();

    private static bool Has(ArticleExtraction x, string fragment) =>
        x.Statements.Any(s => s.Text.Contains(fragment, StringComparison.Ordinal));

    [Theory]
    [InlineData("Bram Ostergaard, Mara Jennings\u2019 campaign manager,")]
    [InlineData("Fight for $20 organizer Bram Ostergaard")]
    public void A_mark_inside_the_subject_after_a_quote_keeps_the_quote(string subject)
    {
        var text = "Harbour levy\nThe board met on Monday.\n\n"
            + "\u201cThis levy will pay for every new berth in the harbour,\u201d " + subject + " said in a statement.";
        var x = Extractor.Extract(text);
        Assert.Equal("Bram Ostergaard", x.SpeakerName(x.StatementContaining("every new berth")));
        Assert.False(Has(Without(ExtractionRule.SymbolsInQuoteSubject).Extract(text), "every new berth"));
    }

    [Theory]
    [InlineData("\u201d \u2026 and if the board can find the money for berths, it can find it for the crews,\u201d Bram Ostergaard wrote.")]
    [InlineData("\u202a\u201dThe board can find the money for berths and for the crews,\u201d wrote Bram Ostergaard.")]
    public void A_closing_mark_opening_a_paragraph_opens_the_quote(string paragraph)
    {
        var text = "Harbour levy\nThe board met on Monday.\n\n" + paragraph;
        var x = Extractor.Extract(text);
        Assert.Equal("Bram Ostergaard", x.SpeakerName(x.StatementContaining("find the money for berths")));
        var off = Without(ExtractionRule.ParagraphOpeningCloser).Extract(text);
        Assert.DoesNotContain(off.Statements, s => s.Text.Contains("find the money for berths", StringComparison.Ordinal)
            && off.SpeakerName(s) == "Bram Ostergaard" && s.Kind == StatementKind.Direct);
    }

    [Fact]
    public void A_quote_after_a_writers_colon_lead_is_the_content_alone()
    {
        const string text = "Harbour deal\nThe board met on Monday.\n\n"
            + "At the time, Bram Ostergaard seemed to hint that the matter was closed: \u201cShe signed the berth agreement,\u201d "
            + "he told the Portlow Courier.";
        var x = Extractor.Extract(text);
        Assert.DoesNotContain("At the time", x.StatementContaining("berth agreement").Text, StringComparison.Ordinal);
        var off = Without(ExtractionRule.ColonLeadIsNoContent).Extract(text);
        Assert.Contains("At the time", off.StatementContaining("berth agreement").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_colon_right_after_a_cue_keeps_the_quote_in_that_clause()
    {
        // "Roe said: “…,” the Courier reported." — the report holds the whole clause, cue and quote.
        const string text = "Harbour deal\nThe board met on Monday.\n\n"
            + "Asked about the berths, Bram Ostergaard said: \u201cThere will always be exceptions,\u201d the Portlow Courier reported.";
        var x = Extractor.Extract(text);
        Assert.Contains(x.Statements, s => s.Text.Contains("Ostergaard said", StringComparison.Ordinal) && s.Text.Contains("exceptions", StringComparison.Ordinal));
    }

    [Fact]
    public void Reported_speech_ends_at_a_colon_before_a_quote_with_its_own_cue()
    {
        const string text = "Harbour deal\nThe board met on Monday.\n\n"
            + "Orla Fenwick told the Portlow Courier that despite the crowds she did not think the new berth would last: "
            + "\u201cOnce the winter storms come, it won't make it,\u201d Fenwick predicted.";
        var x = Extractor.Extract(text);
        Assert.DoesNotContain("winter storms", x.StatementContaining("despite the crowds").Text, StringComparison.Ordinal);
        var off = Without(ExtractionRule.ColonLeadIsNoContent).Extract(text);
        Assert.Contains("winter storms", off.StatementContaining("despite the crowds").Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("which lets larger ships skip the pilot fee.")]
    [InlineData("a rule that lets larger ships skip the pilot fee.")]
    public void A_relative_or_appositive_after_a_quote_closed_on_a_comma_ends_the_content(string tail)
    {
        var text = "Harbour deal\nThe board met on Monday.\n\n"
            + "Orla Fenwick identified the rule as the \u201charbour loophole,\u201d " + tail;
        var x = Extractor.Extract(text);
        Assert.DoesNotContain("pilot fee", x.StatementContaining("harbour loophole").Text, StringComparison.Ordinal);
        var off = Without(ExtractionRule.QuoteCommaClauseEnds).Extract(text);
        Assert.Contains("pilot fee", off.StatementContaining("harbour loophole").Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Will wrote.", "Will")]
    [InlineData("tweeted another.", "another")]
    [InlineData("said one owner of a net shop who declined to be named for fear of the board.", "one owner of a net shop")]
    public void A_quote_before_a_cue_with_no_known_speaker_is_still_a_statement(string attribution, string source)
    {
        var text = "Harbour levy\nThe board met on Monday.\n\n"
            + "\u201cThe levy is a reminder that the harbour board answers to nobody in this town,\u201d " + attribution;
        var x = Extractor.Extract(text);
        var quote = x.StatementContaining("answers to nobody");
        Assert.Equal(StatementKind.Direct, quote.Kind);
        Assert.Equal(source, quote.Source is { } span ? text[span.Start..span.End] : null);
        Assert.False(Has(Without(ExtractionRule.QuoteBeforeBareCue).Extract(text), "answers to nobody"));
    }

    [Fact]
    public void A_time_clause_after_the_cue_keeps_the_attribution_with_its_quote()
    {
        const string text = "Harbour vote\nThe board met on Monday.\n\n"
            + "\u201cThe harbour of Portlow is proud to cast its votes for the new berths!\u201d Senator Bram Ostergaard said as he opened the vote.";
        var x = Extractor.Extract(text);
        Assert.Equal("Bram Ostergaard", x.SpeakerName(x.StatementContaining("proud to cast")));
        // AskedQuoteKeepsLongAttribution also keeps a pronoun later in the attribution of a quote closed on "!", and
        // NamedSubjectAfterQuote gives such a quote to the name after it: off with them, the time clause splits it.
        var off = new ArticleExtractor(null, ExtractorSettings.Default.Without(ExtractionRule.TimeClauseAfterCue)
            .Without(ExtractionRule.AskedQuoteKeepsLongAttribution).Without(ExtractionRule.NamedSubjectAfterQuote)).Extract(text);
        Assert.DoesNotContain(off.Statements, s => s.Text.Contains("proud to cast", StringComparison.Ordinal) && off.SpeakerName(s) == "Bram Ostergaard");
    }

    [Fact]
    public void A_quoting_statement_of_another_speaker_after_a_clause_break_is_split_from_the_outer_one()
    {
        const string text = "Harbour tax\nThe board met on Monday.\n\n"
            + "Orla Fenwick said that the harbour company had paid no tax for years \u2015 Bram Ostergaard boasted, "
            + "\u201cThat makes me the smartest man in Portlow.\u201d";
        var x = Extractor.Extract(text);
        Assert.Equal("Bram Ostergaard", x.SpeakerName(x.StatementContaining("smartest man")));
        Assert.DoesNotContain("smartest man", x.StatementContaining("paid no tax").Text, StringComparison.Ordinal);
        var off = Without(ExtractionRule.NestedQuoteSplitsOuter).Extract(text);
        Assert.Equal("Orla Fenwick", off.SpeakerName(off.StatementContaining("smartest man")));
    }

    [Fact]
    public void A_subject_right_after_the_outer_cue_stays_in_the_outer_statement()
    {
        const string text = "Harbour tax\nThe board met on Monday.\n\n"
            + "Orla Fenwick said Bram Ostergaard favors a \u201cstrongman approach to the harbour.\u201d";
        var x = Extractor.Extract(text);
        Assert.Equal("Orla Fenwick", x.SpeakerName(x.StatementContaining("strongman approach")));
    }

    [Theory]
    [InlineData("\u201cIs the levy too high?\u201d")]
    [InlineData("\u201cThe levy is too high.\u201d")]
    public void An_appositive_after_the_source_keeps_the_attribution_with_a_quote_closed_on_a_stop(string quote)
    {
        var text = "Harbour levy\n\nThe board met on Monday.\n\n" + quote
            + " Lucy Moe, a retired clerk, said quietly into the phone.";
        var x = Extractor.Extract(text);
        var s = x.StatementContaining("levy");
        Assert.Equal(StatementKind.Direct, s.Kind);
        Assert.Equal("said", s.CueText);
        Assert.Equal("Lucy Moe", x.SpeakerName(s));
        Assert.False(Has(x, "quietly into the phone"));

        // Off, the attribution is a sentence of its own: its adverbial becomes what Moe "said", and the quote has no cue.
        var off = Without(ExtractionRule.AppositiveBeforeTrailingCue).Extract(text);
        Assert.True(Has(off, "quietly into the phone"));
    }
}
