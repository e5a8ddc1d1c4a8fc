using Briefing.Core.Positions;
using Briefing.Core.Positions.Learned;
using Briefing.Embeddings;

namespace Briefing.Core.Tests.Positions;

/// <summary>The seed article's positions after the stance stage: the learned engine in the app's settings (sentence
/// vectors, relevance by meaning and the shipped sentiment prior for topics without examples) keeps what the
/// watch-list's cues say, and adds no topic by meaning where the statement already names its nearest one.</summary>
public class SeedLearnedTests
{
    private static readonly StanceEngine Engine = new(SeedFiles.Watchlist.Topics, MiniLmEmbedder.Shared,
        new StanceEngineOptions { PriorOverCues = false });

    public static TheoryData<string, string, string, Stance> Expected => new()
    {
        { "I think realism", "on the ground.", "Territory and borders", Stance.Opposes },
        { "any suggestion", "false.”", "Peace negotiations", Stance.Supports },
        { "Ukraine’s ambitions", "to be fulfilled", "Territory and borders", Stance.Opposes },
        { "Ukraine’s ambitions", "to be fulfilled", "Ukraine's NATO membership", Stance.Opposes },
        { "all parties are interested", "with negotiations", "Peace negotiations", Stance.Supports },
        { "By increasing our economic commitment", "for all Ukrainians", "Resources-for-support deal", Stance.Supports },
        { "By increasing our economic commitment", "for all Ukrainians", "Security guarantees", Stance.Supports },
        { "peace deal is enduring", "of Ukraine.", "Peace negotiations", Stance.Supports },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void The_watch_lists_cues_still_decide_with_vectors(string start, string end, string topic, Stance stance)
    {
        var statement = SeedFiles.Excerpt(start, end);

        var outcomes = Engine.JudgeAll(statement, Engine.Embed([statement])[0]);

        var outcome = outcomes.SingleOrDefault(o => o.Topic == topic);
        Assert.True(outcome is not null, $"'{topic}' not addressed; got {string.Join(", ", outcomes.Select(o => o.Topic))}");
        Assert.Equal(stance, outcome.Stance);
    }

    [Fact]
    public void A_statement_that_names_its_nearest_topic_gains_no_other_by_meaning()
    {
        var statement = SeedFiles.Excerpt("peace deal is enduring", "of Ukraine.");

        var outcomes = Engine.JudgeAll(statement, Engine.Embed([statement])[0]);

        Assert.Equal("Peace negotiations", Assert.Single(outcomes).Topic);
    }
}
