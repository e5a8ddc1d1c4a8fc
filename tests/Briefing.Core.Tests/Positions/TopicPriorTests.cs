using Briefing.Core.Positions;
using Briefing.Core.Positions.Learned;
using Briefing.Core.Watchlists;

namespace Briefing.Core.Tests.Positions;

/// <summary>The prior a topic's own words give its head (<see cref="TopicPrior"/>), and the head's use of a prior
/// (<see cref="LogisticHead"/>), on small hand-made vectors: no model needed.</summary>
public class TopicPriorTests
{
    private static readonly WatchedTopic Ferry = new("Ferry line", "Proposition: the ferry line to Ostrava Isle keeps running.",
        ["ferry"], SupportCues: ["keep* running"], OpposeCues: ["scrap the ferry", "wasteful"]);

    private const int Supports = 0, Opposes = 1, None = 2; // the engine's head labels

    [Fact]
    public void Its_pseudo_statements_fill_general_templates_with_the_topic_and_add_its_cues_without_wildcards()
    {
        var (supports, opposes) = TopicPrior.Texts(Ferry, "the ferry line to Ostrava Isle keeps running.");

        Assert.Contains("I support the ferry line to Ostrava Isle keeps running.", supports);
        Assert.Contains("I oppose the ferry line to Ostrava Isle keeps running.", opposes);
        Assert.Contains(supports, s => s.Contains(Ferry.Name) && !s.Contains("{n}"));
        Assert.Contains("keep running", supports);
        Assert.Equal(["scrap the ferry", "wasteful"], opposes.TakeLast(2));
        Assert.DoesNotContain(supports.Concat(opposes), s => s.Contains('*') || s.Contains("{p}"));
    }

    [Fact]
    public void Supports_leans_along_the_stance_direction_opposes_against_it_and_none_away_from_the_proposition()
    {
        var prior = PriorOf(Ferry);
        var rows = Rows(25);

        var w = prior.Weights([Supports, Opposes, None], rows, strength: 4, relevanceStrength: 1);

        Assert.True(w[0][0] > 0 && w[0][1] < 0, "supports: toward the support pseudo-statements");
        Assert.True(w[1][0] < 0 && w[1][1] > 0, "opposes: toward the oppose pseudo-statements");
        Assert.True(w[2][2] < 0, "none: away from the proposition");
        Assert.All(w, k => Assert.Equal(0, k[3])); // the extra (non-vector) feature gets no prior
    }

    [Fact]
    public void The_prior_fades_as_examples_grow_and_is_halved_for_a_topic_without_cues()
    {
        var full = PriorOf(Ferry).Weights([Supports, Opposes], Rows(24), 4, 1);
        var twice = PriorOf(Ferry).Weights([Supports, Opposes], Rows(50), 4, 1);
        var many = PriorOf(Ferry).Weights([Supports, Opposes], Rows(100), 4, 1);
        var noCues = PriorOf(Ferry with { SupportCues = null, OpposeCues = null }).Weights([Supports, Opposes], Rows(24), 4, 1);

        Assert.Equal(twice[0][0] / 2, many[0][0], 9); // 25/50 of full strength, then 25/100
        Assert.Equal(full[0][0] / 2, twice[0][0], 9);
        Assert.Equal(full[0][0] / 2, noCues[0][0], 9);
    }

    [Fact]
    public void Without_both_sides_among_the_examples_only_relevance_has_a_prior()
    {
        var w = PriorOf(Ferry).Weights([Supports, None], Rows(25), 4, 1);

        Assert.All(w[0], x => Assert.Equal(0, x));
        Assert.True(w[1][2] < 0);
    }

    [Fact]
    public void A_head_keeps_its_prior_where_the_examples_are_silent_and_learns_where_they_speak()
    {
        // The examples vary only in feature 0 (supports when high); feature 1 is constant in them.
        var x = Enumerable.Range(0, 20).Select(i => new[] { i % 2 == 0 ? 1f : -1f, 0f }).ToList();
        var y = Enumerable.Range(0, 20).Select(i => i % 2 == 0 ? 0 : 1).ToList();
        double[][] prior = [[0, 2], [0, -2]]; // the prior: feature 1 high means supports

        var plain = LogisticHead.Train(x, y, 2);
        var guided = LogisticHead.Train(x, y, 2, prior: prior);

        Assert.InRange(plain.Predict([0, 1])[0], 0.45, 0.55);  // nothing learned about feature 1
        Assert.True(guided.Predict([0, 1])[0] > 0.9);          // the prior speaks there
        Assert.True(guided.Predict([1, 0])[0] > 0.6);          // the examples still decide feature 0, as without it
        Assert.Equal(plain.Predict([1, 0])[0], guided.Predict([1, 0])[0], 6);
        Assert.True(guided.Predict([-1, 0])[1] > 0.6);
    }

    /// <summary>A prior from 3-d "vectors": support pseudo-statements at (1, 0, 0), oppose ones at (0, 1, 0), the
    /// proposition at (0, 0, 1).</summary>
    private static TopicPrior PriorOf(WatchedTopic topic)
    {
        var (supports, opposes) = TopicPrior.Texts(topic, "the ferry keeps running");
        var vectors = supports.ToDictionary(t => t, _ => new[] { 1f, 0, 0 });
        foreach (var t in opposes) vectors[t] = [0, 1, 0];
        return TopicPrior.Of(topic, "the ferry keeps running", vectors, [0, 0, 1]);
    }

    /// <summary>Feature rows: a 3-d vector plus one extra feature, with the same spread whatever their number.</summary>
    private static List<float[]> Rows(int n) =>
        [.. Enumerable.Range(0, n).Select(i => i % 2 == 0 ? new[] { 0.8f, 0.2f, 0.5f, 1 } : [0.2f, 0.8f, 0.1f, 0])];
}
