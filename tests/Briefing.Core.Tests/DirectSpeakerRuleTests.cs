using Briefing.Core.Extraction;

namespace Briefing.Core.Tests;

/// <summary>Speaker rules of the direct-quote speaker pass (issue 13), added from train errors: each is checked with the
/// rule on and off, so the test shows what the rule itself changes. Names, places and quotes are invented.</summary>
public sealed class DirectSpeakerRuleTests
{
    private static ArticleExtraction With(string text) => new ArticleExtractor().Extract(text);

    private static ArticleExtraction Without(ExtractionRule rule, string text) =>
        new ArticleExtractor(null, ExtractorSettings.Default.Without(rule)).Extract(text);

    private static string? SourceOf(string text, ExtractedStatement s) => s.Source?.Of(text);

    private static ExtractedStatement? Containing(ArticleExtraction x, string fragment) =>
        x.Statements.FirstOrDefault(s => s.Text.Contains(fragment, StringComparison.Ordinal));

    [Fact]
    public void A_lower_case_subject_phrase_before_its_verb_speaks_not_the_name_after_the_verb()
    {
        const string text = "Ferry levy\n\nIn August, several harbour groups granted Tomas Quell an extension on the levy, saying his \"start-up capital was less than expected.\"";
        var on = With(text);
        var s = on.StatementContaining("start-up capital");
        Assert.Equal("several harbour groups", SourceOf(text, s));
        Assert.Null(on.SpeakerName(s));

        var off = Without(ExtractionRule.PhraseSubjectBeforeVerb, text);
        Assert.Equal("Tomas Quell", off.SpeakerName(off.StatementContaining("start-up capital")));
    }

    [Fact]
    public void A_cue_less_quote_after_a_colon_belongs_to_the_subject_phrase_not_to_a_name_after_a_preposition()
    {
        const string text = "Ferry levy\n\nThe harbour master spoke at noon.\n\nA familiar voice greeted the crews on Radio Ostrava: \"We have already arrived with our boats. Decide how to end it.\"";
        var s = With(text).StatementContaining("already arrived");
        Assert.Equal("A familiar voice", SourceOf(text, s));

        var off = Without(ExtractionRule.PhraseSubjectBeforeVerb, text);
        Assert.Equal("Radio Ostrava", SourceOf(text, off.StatementContaining("already arrived")));
    }

    [Fact]
    public void A_name_in_a_clause_of_its_own_stays_the_subject()
    {
        // "after Roe had said": the clause word opens a clause whose own subject speaks.
        const string text = "Ferry levy\n\nThe issue had come up Friday after Tomas Quell, asked about the levy, had said, \"I think the board is wrong.\"";
        var x = With(text);
        Assert.Equal("Tomas Quell", x.SpeakerName(x.StatementContaining("board is wrong")));
    }

    [Fact]
    public void A_lower_case_phrase_before_a_sentence_final_cue_is_the_source_with_the_content_before_it()
    {
        const string text = "Court ruling\n\n\"The court expresses no view on the merits\" of the case, the unsigned opinion said.";
        var s = With(text).StatementContaining("no view on the merits");
        Assert.Equal("the unsigned opinion", SourceOf(text, s));
        Assert.Equal("said", s.CueText);

        Assert.Null(Containing(Without(ExtractionRule.TrailingPhraseSource, text), "no view on the merits"));
    }

    [Fact]
    public void An_ing_cue_after_the_opening_preposition_takes_the_main_clause_subject()
    {
        const string text = "Ferry levy\n\nAfter saying her ferry was \"so late I could barely get to work,\" Odile Brannock was taken to the harbour office.\n\n"
            + "In rejecting the appeal, the harbour board noted that the levy was fair.";
        var on = With(text);
        var saying = on.StatementContaining("so late I could barely");
        Assert.Equal("saying", saying.CueText);
        Assert.Equal("Odile Brannock", on.SpeakerName(saying));
        Assert.DoesNotContain("harbour office", saying.Text, StringComparison.Ordinal);
        Assert.Equal("the harbour board", SourceOf(text, on.StatementContaining("the appeal")));

        var off = Without(ExtractionRule.FrontedGerundSubject, text);
        Assert.Null(Containing(off, "the appeal"));
    }

    [Fact]
    public void A_dateline_is_no_subject()
    {
        const string text = "Ferry apology\n\nOSTRAVA, May 3 (Courier) — The harbour board released a statement at the outset of its meeting Monday, offering \"a deep and sincere apology\" to the pilots.";
        var s = With(text).StatementContaining("sincere apology");
        Assert.Equal("The harbour board", SourceOf(text, s));

        // EmbeddedQuoteNearestClause would hand the quote to the clause after the dateline's dash on its own.
        var off = new ArticleExtractor(null, ExtractorSettings.Default.Without(ExtractionRule.DatelineIsNoSubject)
            .Without(ExtractionRule.EmbeddedQuoteNearestClause)).Extract(text);
        Assert.DoesNotContain(off.Statements, o => SourceOf(text, o) == "The harbour board");
    }

    [Fact]
    public void A_sentence_opening_with_a_participle_phrase_has_its_subject_after_the_comma()
    {
        const string text = "Ferry levy\n\nPreceded at the lectern by Tomas Quell, the harbour master, Odile Brannock launched into a lament for the \"countless crews\" who are \"victims of the levy.\"\n\n"
            + "Acknowledging that the plan \"has a lot of flaws,\" though, Odile Brannock did suggest that the board try it.";
        var on = With(text);
        Assert.Equal("Odile Brannock", on.SpeakerName(on.StatementContaining("victims of the levy")));
        Assert.Equal("Odile Brannock", on.SpeakerName(on.StatementContaining("a lot of flaws")));

        var off = Without(ExtractionRule.OpeningParticiplePhrase, text);
        Assert.Equal("Tomas Quell", off.SpeakerName(off.StatementContaining("victims of the levy")));
    }

    [Fact]
    public void A_dash_bounds_the_clause_noun_phrase_like_a_comma()
    {
        const string text = "Ferry levy\n\nThe levy was raised by Odile Brannock last spring — many pilots say it is \"too high for anyone.\"";
        Assert.Equal("many pilots", SourceOf(text, With(text).StatementContaining("too high for anyone")));

        var off = Without(ExtractionRule.DashClauseBoundary, text);
        Assert.NotEqual("many pilots", SourceOf(text, off.StatementContaining("too high for anyone")));
    }
}
