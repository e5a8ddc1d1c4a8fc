using Briefing.Core.Extraction;

using static Briefing.Core.Tests.RuleTestExtractors;

namespace Briefing.Core.Tests;

/// <summary>Direct quotes: which quotes are statements, which cue-less quotes keep the previous speaker and which have
/// a speaker of their own. Each test checks the rule on and off. Fictional texts.</summary>
public sealed class DirectQuoteRuleTests
{
    private static readonly ArticleExtractor Extractor = new();

    [Fact]
    public void A_quote_closed_on_a_comma_does_not_carry_over_the_previous_speaker()
    {
        const string text = "Market hall\n\u201cThe market hall will reopen in spring,\u201d Mayor Lisbet Quarrie said.\n\n"
            + "Stallholders were unconvinced.\n\n"
            + "\u201cWe have heard that promise every winter for six years now,\u201d is the usual reply along the quay.";
        var x = Extractor.Extract(text);
        Assert.DoesNotContain(x.Statements, s => s.Text.Contains("every winter", StringComparison.Ordinal) && x.SpeakerName(s) == "Lisbet Quarrie");
        var off = Without(ExtractionRule.CommaQuoteNotCarried).Extract(text);
        Assert.Equal("Lisbet Quarrie", off.SpeakerName(off.StatementContaining("every winter")));
    }

    [Fact]
    public void A_quoted_term_before_its_noun_or_after_a_possessive_is_no_speech()
    {
        const string text = "Harbour race\nOrla Fenwick said on Monday that the harbour needed new berths.\n\n"
            + "She beat the party\u2019s \u201cestablishment\u201d candidate and two \u201cindependent\u201d challengers last spring.";
        var x = Extractor.Extract(text);
        Assert.DoesNotContain(x.Statements, s => s.Text.Contains("establishment", StringComparison.Ordinal) || s.Text.Contains("independent", StringComparison.Ordinal));
        var off = Without(ExtractionRule.QuotedTermIsNoSpeech).Extract(text);
        Assert.Contains(off.Statements, s => s.Text.Contains("establishment", StringComparison.Ordinal));
    }

    [Fact]
    public void A_quoted_verb_before_its_object_stays_speech()
    {
        const string text = "Harbour plan\nOrla Fenwick spoke to the harbour board on Monday.\n\n"
            + "She warned that the plan would \u201cstrangle\u201d the fishing fleet within a decade.";
        var x = Extractor.Extract(text);
        Assert.Contains(x.Statements, s => s.Text.Contains("strangle", StringComparison.Ordinal));
    }

    [Fact]
    public void A_dash_and_name_paragraph_signs_the_quote_before_it()
    {
        const string text = "Readers on the harbour vote\nWe asked readers what they made of the vote.\n\n"
            + "\"The harbour board listened to nobody and the berths will cost us all dearly.\"\n\n- Orla Fenwick, Portlow.\n\n"
            + "\"I think the new berths will bring the ferries back, and the jobs with them.\"\n\n- Bram Ostergaard.";
        var x = Extractor.Extract(text);
        Assert.Equal("Orla Fenwick", x.SpeakerName(x.StatementContaining("listened to nobody")));
        Assert.Equal("Bram Ostergaard", x.SpeakerName(x.StatementContaining("ferries back")));
        var off = Without(ExtractionRule.SignatureParagraph).Extract(text);
        Assert.DoesNotContain(off.Statements, s => s.Text.Contains("ferries back", StringComparison.Ordinal) && off.SpeakerName(s) == "Bram Ostergaard");
    }

    [Fact]
    public void A_cue_less_title_case_quote_names_a_work_not_a_statement()
    {
        const string text = "Harbour memoir\nOrla Fenwick said, \u201cThe harbour will be busy again by spring.\u201d\n\n"
            + "Her memoir, \u201cRising Tide: How the Harbour Was Won in Portlow,\u201d came out in May.";
        var x = Extractor.Extract(text);
        Assert.Contains(x.Statements, s => s.Text.Contains("busy again", StringComparison.Ordinal));
        Assert.DoesNotContain(x.Statements, s => s.Text.Contains("Rising Tide", StringComparison.Ordinal));
        var off = Without(ExtractionRule.CueLessTitleIsNoSpeech).Extract(text);
        Assert.Contains(off.Statements, s => s.Text.Contains("Rising Tide", StringComparison.Ordinal));
    }
}
