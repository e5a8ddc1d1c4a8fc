using Briefing.Core.Extraction;

namespace Briefing.Core.Tests;

/// <summary>The indirect-recall rules of the registry, one at a time: each finds its statement with every rule on and
/// not with that rule off, so the test shows what the rule itself decides. Names are invented.</summary>
public sealed class IndirectRuleTests
{
    private static readonly ArticleExtractor All = new();

    private static ArticleExtraction With(string text) => All.Extract(text);

    /// <summary>Rules that reach some of the same statements by another road: switched off together, so the test
    /// still shows that nothing else finds the statement.</summary>
    private static readonly Dictionary<ExtractionRule, ExtractionRule[]> Overlapping = new()
    {
        [ExtractionRule.NounPhraseSubject] = [ExtractionRule.OpeningNounPhrase, ExtractionRule.ClauseStartSource],
    };

    private static ArticleExtraction Without(ExtractionRule rule, string text) =>
        new ArticleExtractor(null, Overlapping.GetValueOrDefault(rule, []).Aggregate(ExtractorSettings.Default.Without(rule), (s, r) => s.Without(r))).Extract(text);

    private static bool Has(ArticleExtraction x, string fragment) => x.Statements.Any(s => s.Text.Contains(fragment, StringComparison.Ordinal));

    [Theory]
    [InlineData(ExtractionRule.AskedClause, "Ferries\nAsked about the harbour tax, Odile Brannock said she would wait.", "about the harbour tax")]
    [InlineData(ExtractionRule.PassiveAsked, "Ferries\nOdile Brannock was asked about the harbour tax on Monday.", "about the harbour tax")]
    [InlineData(ExtractionRule.BaseFormAfterSubjectWord, "Ferries\nSix in 10 say the ferries are too slow.", "the ferries are too slow")]
    [InlineData(ExtractionRule.BaseFormAfterSubjectWord, "Ferries\nOdile Brannock would not think the ferries are slow.", "the ferries are slow")]
    [InlineData(ExtractionRule.FiniteSpeechBase, "Ferries\nAides to Odile Brannock say the ferries will run.", "the ferries will run")]
    [InlineData(ExtractionRule.NounPhraseSubject, "Ferries\nSome 22 percent said they would back the ferry levy.", "they would back the ferry levy")]
    [InlineData(ExtractionRule.NounPhraseSubject, "Ferries\nThe witness said the ferry left early.", "the ferry left early")]
    [InlineData(ExtractionRule.MoreCueVerbs, "Ferries\nOdile Brannock lambasted the harbour tax.", "the harbour tax")]
    [InlineData(ExtractionRule.MoreCueVerbs, "Ferries\nOdile Brannock is eager to cut the harbour tax.", "to cut the harbour tax")]
    [InlineData(ExtractionRule.AccordingToBothSides, "Ferries\nFundraising, according to the harbour campaign, has surged since May.", "has surged since May")]
    [InlineData(ExtractionRule.RaisingPhraseSubject, "Ferries\nThe cost of the ferry plan seems to be rising.", "The cost of the ferry plan")]
    [InlineData(ExtractionRule.SeemComplement, "Ferries\nOdile Brannock met the pilots. The ferry plan seemed a long shot.", "a long shot")]
    [InlineData(ExtractionRule.PassiveRaising, "Ferries\nOdile Brannock is widely seen as the favourite.", "the favourite")]
    [InlineData(ExtractionRule.MoreStatementNouns, "Ferries\nOdile Brannock met the pilots. Brannock's claim that the ferries were late was wrong.", "the ferries were late")]
    [InlineData(ExtractionRule.ContentBeforeComma, "Ferries\nSales of tickets were great, she said, smiling at the pilots.", "Sales of tickets were great")]
    [InlineData(ExtractionRule.HeadlineColonLoose, "Brannock to Harbour Pilots: The ferries will run\n\nThe mayor spoke on Monday.", "The ferries will run")]
    [InlineData(ExtractionRule.HeadlineVerb, "Harbour pilots blast Brannock over ferry tax\n\nThe mayor spoke on Monday.", "Brannock over ferry tax")]
    public void The_rule_finds_the_statement_and_nothing_else_does(ExtractionRule rule, string text, string content)
    {
        Assert.True(Has(With(text), content), $"{rule} on: no statement contains \"{content}\"");
        Assert.False(Has(Without(rule, text), content), $"{rule} off: a statement still contains \"{content}\"");
    }

    [Fact]
    public void A_contracted_pronoun_is_the_source_and_resolves_to_the_person()
    {
        const string text = "Ferries\nOdile Brannock met the pilots on Monday. She’s hoping the harbour tax fails.";
        var x = With(text);
        var s = x.StatementContaining("the harbour tax fails");
        Assert.Equal("Odile Brannock", x.SpeakerName(s));
        Assert.Equal("She’s", s.Source!.Value.Of(text));
        Assert.False(Has(Without(ExtractionRule.ContractedPronounSubject, text), "the harbour tax fails"));
    }

    [Fact]
    public void An_asked_clause_has_no_source()
    {
        var x = With("Ferries\nAsked about the harbour tax, Odile Brannock said she would wait.");
        var asked = x.StatementContaining("about the harbour tax");
        Assert.Null(asked.Source);
        Assert.Equal("she would wait", x.StatementContaining("she would wait").Text);
    }

    [Fact]
    public void A_noun_phrase_subject_is_the_source_span()
    {
        const string text = "Ferries\nSome 22 percent said they would back the ferry levy.";
        var s = With(text).StatementContaining("they would back the ferry levy");
        Assert.Equal("Some 22 percent", s.Source!.Value.Of(text));
    }

    [Fact]
    public void An_event_or_a_law_is_no_actor()
    {
        var x = With("Ferries\nThe Harbour War was a mistake, Odile Brannock said. The Ferry Levy Act passed in May.");
        Assert.DoesNotContain(x.Actors, a => a.Name.Contains("War", StringComparison.Ordinal) || a.Name.Contains("Act", StringComparison.Ordinal));
        Assert.Equal("Odile Brannock", x.SpeakerName(x.StatementContaining("The Harbour War was a mistake")));
    }

    [Theory]
    [InlineData("Ferries\nThe mayor still has the final say on the harbour tax.")]
    [InlineData("Ferries\nOdile Brannock leads with 48 percent support in the harbour district.")]
    [InlineData("Ferries\nOdile Brannock hosts a talk show on the harbour radio.")]
    [InlineData("Ferries\nThe ferries show up late every Monday.")]
    [InlineData("Ferries\nIts proposed levy was dropped.")]
    public void Nouns_and_phrasal_verbs_that_look_like_cues_are_no_statements(string text)
    {
        Assert.Empty(With(text).Statements);
    }
}
