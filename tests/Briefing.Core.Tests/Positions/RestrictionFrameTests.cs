using Briefing.Core.Positions;
using Briefing.Core.Positions.Learned;
using Briefing.Core.Watchlists;
using Briefing.Embeddings;

namespace Briefing.Core.Tests.Positions;

/// <summary>Statements that speak of restricting a topic's subject (fictional places and schemes).</summary>
public class RestrictionFrameTests
{
    [Theory]
    [InlineData("Strict regulation of the harbour trade keeps prices fair.", true)]
    [InlineData("The ban on night fishing protects the stocks.", true)]
    [InlineData("Night fishing may be limited to protect the stocks.", true)]
    [InlineData("The harbour trade brings jobs to Serin.", false)]
    [InlineData("The bank of the Serin floods every spring.", false)] // "bank" is no "ban"
    public void A_statement_names_a_restriction_in_general_words(string text, bool names) =>
        Assert.Equal(names, RestrictionFrame.Names(text, ["harbour trade", "night fishing"]));

    [Fact]
    public void A_restriction_inside_the_topics_keywords_is_its_subject_not_a_restriction_of_it()
    {
        const string text = "Term limits keep the Veltrian council fresh.";

        Assert.False(RestrictionFrame.Names(text, ["term limits", "term", "limits"]));
        Assert.True(RestrictionFrame.Names(text, ["Veltrian council"]));
    }

    [Fact]
    public void A_statement_of_a_restriction_does_not_count_the_restriction_as_its_evaluation()
    {
        const string text = "The ban protects the stocks.";

        Assert.Equal(0, Evaluation.Of(text).Sum); // "ban" (−) against "protects" (+)
        Assert.Equal(1, Evaluation.Of(text, ofRestriction: true).Sum);
        Assert.Equal(["protects"], Evaluation.Of(text, ofRestriction: true).Words);
    }

    [Fact]
    public void Blaming_a_ban_opposes_the_ban_though_it_reads_negative()
    {
        var ban = new WatchedTopic("Night fishing ban", "Proposition: ban night fishing in the harbour of Serin.", ["night fishing"]);
        var engine = new StanceEngine([ban], MiniLmEmbedder.Shared);
        const string text = "The ban on night fishing has ruined the day fishermen and emptied the harbour's markets.";

        var outcome = engine.Judge(ban.Name, text, engine.Embed([text])[0]);
        var without = new StanceEngine([ban], MiniLmEmbedder.Shared, new StanceEngineOptions(RestrictionFrame: false))
            .Judge(ban.Name, text, engine.Embed([text])[0]);

        Assert.Equal((Stance.Opposes, StanceBasis.Sentiment), (outcome.Stance, outcome.Basis));
        Assert.StartsWith("reads negative of a restriction of it", outcome.Why);
        Assert.Equal(Stance.Supports, without.Stance); // read as blaming night fishing itself
    }

    [Fact]
    public void Praising_regulation_of_what_a_proposition_would_free_opposes_it()
    {
        var trade = new WatchedTopic("Free harbour trade", "Proposition: open the harbour trade of Serin to every merchant.", ["harbour trade"]);
        var engine = new StanceEngine([trade], MiniLmEmbedder.Shared);
        const string text = "Careful regulation of the harbour trade has kept prices fair and protected the dock workers.";

        var outcome = engine.Judge(trade.Name, text, engine.Embed([text])[0]);

        Assert.Equal(Stance.Opposes, outcome.Stance);
        Assert.True(outcome.Sentiment!.OfRestriction);
    }
}
