using Briefing.Core.Extraction;

using static Briefing.Core.Tests.RuleTestExtractors;

namespace Briefing.Core.Tests;

/// <summary>Direct quotes no statement overlapped (issue 13, untouched-misses pass): a crowd's chant and a quote a colon
/// introduces at the end of its sentence are someone's words however short or title-cased. Each rule is checked on and
/// off. Fictional texts.</summary>
public sealed class FramedQuoteTests
{
    private static readonly ArticleExtractor Extractor = new();

    private static bool Quoted(ArticleExtraction x, string fragment) =>
        x.Statements.Any(s => s.Text.Contains(fragment, StringComparison.Ordinal));

    [Fact]
    public void A_chant_after_a_possessive_chant_noun_is_the_chanters_statement()
    {
        const string text = Lead + "More than 500 dock workers roared when the vote was called. "
            + "But their chants of \u201cTide! Tide! Tide!\u201d were cut short when the lights went out.";
        var x = Extractor.Extract(text);
        var chant = x.StatementContaining("Tide! Tide!");
        Assert.Equal("chants of", chant.CueText);
        Assert.NotNull(chant.Source);
        Assert.Equal("their", text[chant.Source!.Value.Start..chant.Source.Value.End]);

        Assert.False(Quoted(Without(ExtractionRule.ChantFrameQuote).Extract(text), "Tide! Tide!"));
    }

    [Fact]
    public void A_chant_the_subject_only_received_has_no_source()
    {
        // "was met with chants of", "walked in to chants of": the chanters are not in the clause.
        const string text = Lead + "On Friday the Ostrava team was met with chants of \u201cLevy Out, Levy Out\u201d and jeers from the stands.";
        var x = Extractor.Extract(text);
        var chant = x.StatementContaining("Levy Out");
        Assert.Null(chant.Source);

        Assert.False(Quoted(Without(ExtractionRule.ChantFrameQuote).Extract(text), "Levy Out"));
    }

    [Fact]
    public void A_chanting_participle_whose_subject_no_rule_reads_still_gives_the_chant_and_the_opening_phrase_speaks()
    {
        const string text = Lead + "About 200 protesters gathered outside the hall, holding signs and chanting \"Dump Ostergaard.\"";
        var x = Extractor.Extract(text);
        var chant = x.StatementContaining("Dump Ostergaard");
        Assert.NotNull(chant.Source);
        Assert.Equal("About 200 protesters", text[chant.Source!.Value.Start..chant.Source.Value.End]);

        Assert.False(Quoted(Without(ExtractionRule.ChantFrameQuote).Extract(text), "Dump Ostergaard"));
    }

    [Fact]
    public void A_short_title_case_quote_after_a_colon_ending_its_sentence_is_the_lead_subjects()
    {
        const string text = Lead + "A rally of dock workers and their families on Wednesday had one message: \"Dump Ostergaard.\"";
        var x = Extractor.Extract(text);
        var message = x.StatementContaining("Dump Ostergaard");
        Assert.NotNull(message.Source);
        Assert.StartsWith("A rally of dock workers", text[message.Source!.Value.Start..message.Source.Value.End], StringComparison.Ordinal);

        Assert.False(Quoted(Without(ExtractionRule.ShortColonQuote).Extract(text), "Dump Ostergaard"));
    }

    [Fact]
    public void A_short_colon_quote_takes_a_named_subject_and_a_headline_label()
    {
        const string named = Lead + "At the end there were two words that a tearful Bram Ostergaard could not bring himself to utter: \"Orla Fenwick.\"";
        var x = Extractor.Extract(named);
        Assert.Equal("Bram Ostergaard", x.SpeakerName(x.StatementContaining("Orla Fenwick.")));
        Assert.DoesNotContain(Without(ExtractionRule.ShortColonQuote).Extract(named).Statements, s => s.Text.Contains("\"Orla Fenwick.\"", StringComparison.Ordinal));

        const string label = "Dock workers' verdict: 'Not Yet.'\n\nThe harbour board met on Monday.";
        var headline = Extractor.Extract(label);
        var verdict = headline.StatementContaining("Not Yet.");
        Assert.Equal("Dock workers' verdict", label[verdict.Source!.Value.Start..verdict.Source.Value.End]);
        Assert.False(Quoted(Without(ExtractionRule.ShortColonQuote).Extract(label), "Not Yet."));
    }

    [Fact]
    public void A_colon_quote_with_no_subject_and_no_statement_before_is_kept_without_a_source()
    {
        const string text = "Harbour levy\nEach election cycle, there is a threat many make but few keep: \u201cIf the levy passes, I am moving to Ostrava!\u201d";
        var x = Extractor.Extract(text);
        Assert.Null(x.StatementContaining("moving to Ostrava").Source);

        Assert.False(Quoted(Without(ExtractionRule.ShortColonQuote).Extract(text), "moving to Ostrava"));
    }

    [Fact]
    public void A_short_quote_after_a_colon_that_does_not_end_its_sentence_is_left_alone()
    {
        const string text = Lead + "The board has one rule: \"Dock First\" stays on every sign in the harbour.";
        Assert.False(Quoted(Extractor.Extract(text), "Dock First"));
    }

    [Fact]
    public void A_participle_whose_subject_no_rule_reads_takes_the_phrase_before_the_clause_verb()
    {
        const string text = Lead + "About 200 dock workers gathered outside the hall on Monday, saying the levy \"will sink the harbour for good.\"";
        var x = Extractor.Extract(text);
        var saying = x.StatementContaining("sink the harbour");
        Assert.NotNull(saying.Source);
        Assert.Equal("About 200 dock workers", text[saying.Source!.Value.Start..saying.Source.Value.End]);

        var off = Without(ExtractionRule.ParticipleLeadSubject).Extract(text);
        Assert.DoesNotContain(off.Statements, s => s.Text.Contains("sink the harbour", StringComparison.Ordinal) && s.Source is { } src
            && text[src.Start..src.End] == "About 200 dock workers");
    }
}
