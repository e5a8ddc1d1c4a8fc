using Briefing.Core.Positions;
using Briefing.Core.Positions.Learned;
using Briefing.Core.Watchlists;
using Briefing.Embeddings;

namespace Briefing.Core.Tests.Positions;

/// <summary>The few-shot combination (<see cref="FewShotCombiner"/>): its arithmetic on made-up readings, then the engine
/// with the real MiniLM model and the shipped sentiment prior on a fictional topic.</summary>
public class FewShotCombinerTests
{
    private static readonly (double, bool)[] NearSupporters = [(0.8, true), (0.7, true), (0.2, false), (0.1, false)];

    [Fact]
    public void A_statement_near_the_supporting_examples_with_a_neutral_reading_supports_because_of_the_examples()
    {
        var reading = FewShotCombiner.Combine(positive: 0.5, polarity: 1, NearSupporters);

        Assert.Equal(Stance.Supports, reading.Stance);
        Assert.False(reading.SentimentDecided);
        Assert.InRange(reading.Confidence, 0.5, 1);
    }

    [Fact]
    public void A_strong_reading_outweighs_the_examples_and_is_read_against_the_propositions_polarity()
    {
        var forIt = FewShotCombiner.Combine(positive: 0.02, polarity: 1, NearSupporters);
        var againstIt = FewShotCombiner.Combine(positive: 0.02, polarity: -1, NearSupporters);

        Assert.Equal((Stance.Opposes, true), (forIt.Stance, forIt.SentimentDecided)); // blames what the proposition is for
        Assert.Equal((Stance.Supports, true), (againstIt.Stance, againstIt.SentimentDecided)); // blames what a ban is against
    }

    [Fact]
    public void No_side_is_favoured_mirrored_readings_mirror_the_decision()
    {
        (double, bool)[] mirrored = [.. NearSupporters.Select(e => (e.Item1, !e.Item2))];

        var one = FewShotCombiner.Combine(0.7, 1, NearSupporters);
        var other = FewShotCombiner.Combine(0.3, 1, mirrored);
        var neutral = FewShotCombiner.Combine(0.5, 1, [(0.5, true), (0.5, false)]);

        Assert.Equal(one.LogOdds, -other.LogOdds, 9);
        Assert.Equal(0, neutral.LogOdds, 9);
    }

    [Fact]
    public void How_many_examples_each_side_has_never_counts_only_how_near_the_statement_is()
    {
        (double, bool)[] oneEach = [(0.8, true), (0.2, false)];
        (double, bool)[] moreOpposing = [(0.8, true), (0.2, false), (0.2, false), (0.2, false)];
        (double, bool)[] moreSupporting = [(0.8, true), (0.8, true), (0.8, true), (0.8, true), (0.2, false)];
        (double, bool)[] oneSide = [(0.8, true), (0.7, true), (0.6, true)];

        var reference = FewShotCombiner.Combine(0.5, 1, oneEach).LogOdds;
        Assert.True(reference > 0);
        Assert.Equal(reference, FewShotCombiner.Combine(0.5, 1, moreOpposing).LogOdds, 9); // as near, more of them: no change
        Assert.Equal(reference, FewShotCombiner.Combine(0.5, 1, moreSupporting).LogOdds, 9);
        Assert.Equal(0, FewShotCombiner.Combine(0.5, 1, oneSide).LogOdds, 9); // one side only: the examples say nothing
    }

    [Fact]
    public void The_topics_residual_adds_to_the_examples_readings_and_is_ignored_with_one_side_only()
    {
        var without = FewShotCombiner.Combine(0.5, 1, NearSupporters);
        var against = FewShotCombiner.Combine(0.5, 1, NearSupporters, residual: -3);

        Assert.Equal(Stance.Supports, without.Stance);
        Assert.Equal(Stance.Opposes, against.Stance); // the examples taught that statements like this one oppose
        Assert.False(against.SentimentDecided);
        Assert.Equal(0, FewShotCombiner.Combine(0.5, 1, [(0.8, true), (0.7, true)], residual: -3).LogOdds, 9);
    }

    private static readonly WatchedTopic Tramway = new("Valley tramway", "Proposition: build the tramway up the Serin valley.",
        ["tramway", "tram"],
        Examples:
        [
            new("The tramway would bring the upper villages within half an hour of the market in Ostmark.", Stance.Supports),
            new("A tram line up the valley means fewer lorries and cleaner air for every village.", Stance.Supports),
            new("Commuters in the valley have waited twenty years for a fast tram to town.", Stance.Supports),
            new("The tramway will give the valley's schools and clinics a reliable link to town.", Stance.Supports),
            new("Building the tram would cut through the orchards that feed half the valley.", Stance.Opposes),
            new("The tramway's cost would swallow the whole regional roads budget for a decade.", Stance.Opposes),
            new("A tram line will split the villages in two and close the old farm tracks.", Stance.Opposes),
            new("The valley's buses already do the job at a tenth of the price of a tramway.", Stance.Opposes),
        ]);

    private static StanceOutcome Judge(StanceEngine engine, WatchedTopic topic, string text) =>
        engine.Judge(topic.Name, text, engine.Embed([text])[0]);

    [Theory]
    [InlineData("The tram would finally let valley families reach the hospital in Ostmark quickly and safely.", Stance.Supports)]
    [InlineData("The tramway would destroy the orchards and waste a fortune the region does not have.", Stance.Opposes)]
    public void Few_examples_that_all_take_a_side_decide_with_the_prior_and_the_why_names_what_outweighed(string text, Stance expected)
    {
        var engine = new StanceEngine([Tramway], MiniLmEmbedder.Shared);

        var outcome = Judge(engine, Tramway, text);

        Assert.Equal((true, expected), (outcome.Addressed, outcome.Stance));
        Assert.Contains(outcome.Basis, new[] { StanceBasis.Sentiment, StanceBasis.Examples });
        Assert.NotEmpty(outcome.Nearest);
        Assert.All(outcome.Nearest, e => Assert.Equal(expected, e.Stance));
        if (outcome.Basis == StanceBasis.Sentiment) Assert.StartsWith("reads " + (expected == Stance.Supports ? "positive" : "negative"), outcome.Why);
        else Assert.StartsWith("nearest labelled examples: “", outcome.Why);
        Assert.Contains("nearest labelled examples: “", outcome.Why);
        Assert.InRange(outcome.Confidence, 0.5, 1);
    }

    [Fact]
    public void Examples_of_one_side_only_do_not_put_the_whole_topic_on_that_side()
    {
        var oneSided = Tramway with { Examples = [.. Tramway.Examples!.Where(e => e.Stance == Stance.Supports)] };
        Assert.True(StanceEngine.NeedsVectors([oneSided]));
        var engine = new StanceEngine([oneSided], MiniLmEmbedder.Shared);

        var outcome = Judge(engine, oneSided, "The tramway would destroy the orchards and waste a fortune the region does not have.");

        Assert.True(outcome.Addressed);
        Assert.Equal((Stance.Opposes, StanceBasis.Sentiment), (outcome.Stance, outcome.Basis));
        Assert.StartsWith("reads negative", outcome.Why);
    }
}
