using Briefing.Core.Positions;
using Briefing.Core.Positions.Learned;

namespace Briefing.Core.Tests.Positions;

public class EvaluationTests
{
    [Theory]
    [InlineData("The scheme is harmful and a waste of money.", -1)]
    [InlineData("The new ferry line has been effective and saves lives.", 1)]
    [InlineData("The curfew is not effective.", -1)]
    [InlineData("The levy hasn't harmed anyone.", 1)]
    [InlineData("The meeting is on Tuesday.", 0)]
    [InlineData("The night patrols cut crime in the old port.", 1)]           // reducing a harm is good
    [InlineData("The curfew limits access to the harbour.", -1)]             // reducing a good is bad
    [InlineData("The new casino encourages crime and spreads debt.", -1)]    // more of a harm is bad
    [InlineData("The patrols did not reduce crime.", -1)]
    public void A_statement_evaluates_with_general_words_and_negation_flips_them(string text, int sign) =>
        Assert.Equal(sign, Math.Sign(Evaluation.Of(text).Sum));

    [Theory]
    [InlineData("Ban boxing", -1)]
    [InlineData("Advertising is harmful", -1)]
    [InlineData("States should not subsidize the growing of tobacco", -1)]
    [InlineData("The church is justified in forbidding the new rite", -1)]
    [InlineData("Promote the Veltrian ferry plan", 1)]
    [InlineData("Build the new harbour", 1)]
    public void A_propositions_polarity_says_whether_it_is_for_or_against_what_it_names(string proposition, int polarity) =>
        Assert.Equal(polarity, Evaluation.PolarityOf(proposition));

    [Theory]
    [InlineData("Fishing bans in the Serin delta are justified", "fishing bans", 1)]
    [InlineData("Harbour pollution should be a criminal offence", "harbour pollution", -1)]
    public void Evaluative_words_inside_the_topics_keywords_name_its_subject_and_do_not_turn_the_proposition(
        string proposition, string keyword, int polarity)
    {
        Assert.Equal(polarity, Evaluation.PolarityOf(proposition, [keyword]));
        Assert.NotEqual(polarity, Evaluation.PolarityOf(proposition)); // the words of the subject would have turned it
    }

    [Fact]
    public void A_keyword_that_is_the_whole_proposition_leaves_it_as_it_reads() =>
        Assert.Equal(-1, Evaluation.PolarityOf("Ban night fishing", ["ban night fishing"]));

    [Fact]
    public void Without_a_cue_the_evaluation_is_read_against_the_proposition()
    {
        var ban = new Briefing.Core.Watchlists.WatchedTopic("Dock ban", "Proposition: ban night fishing in the harbour.", ["night fishing"]);
        var engine = new StanceEngine([ban]);

        var outcome = engine.Judge(ban.Name, "Night fishing destroys the harbour's stocks and harms the fishermen.", null);

        Assert.Equal(Stance.Supports, outcome.Stance); // bad for what the ban is against: for the ban
        Assert.Equal(StanceBasis.Evaluation, outcome.Basis);
        Assert.InRange(outcome.Confidence, 0.35, 0.75);
    }

    [Fact]
    public void A_logistic_head_separates_what_it_was_shown()
    {
        var x = new List<float[]>();
        var y = new List<int>();
        for (var i = 0; i < 20; i++)
        {
            x.Add([1 + i * 0.01f, 0.1f]); y.Add(0);
            x.Add([-1 - i * 0.01f, 0.1f]); y.Add(1);
        }

        var head = LogisticHead.Train(x, y, 2);

        Assert.True(head.Predict([0.8f, 0.1f])[0] > 0.6); // L2 keeps it modest, never certain
        Assert.True(head.Predict([-0.8f, 0.1f])[1] > 0.6);
    }
}
