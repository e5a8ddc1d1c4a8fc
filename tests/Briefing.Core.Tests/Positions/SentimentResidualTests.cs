using Briefing.Core.Positions.Learned;

namespace Briefing.Core.Tests.Positions;

/// <summary><see cref="SentimentResidual"/>: what a topic's examples teach beyond the sentiment prior, on made-up unit
/// vectors (dimension 0: one sub-argument of the topic, dimension 1: another).</summary>
public class SentimentResidualTests
{
    private static float[] Unit(params float[] v)
    {
        var norm = (float)Math.Sqrt(v.Sum(x => x * x));
        return [.. v.Select(x => x / norm)];
    }

    // On sub-argument A (dimension 0) the prior reads a supporter as opposing (its log-odds −1.5 where it supports),
    // and no other example is near it; on B (dimension 1) the prior reads them right.
    private static readonly (float[], bool, double)[] PriorWrongOnA =
    [
        (Unit(1, 0.1f, 0, 0), true, -1.5),
        (Unit(0.1f, 1, 0, 0), true, 1.5), (Unit(0, 1, 0, 0.1f), false, -1.5), (Unit(0, 1, 0.1f, 0), false, -1.5),
    ];

    [Fact]
    public void Examples_of_one_side_teach_no_residual()
    {
        Assert.Null(SentimentResidual.Train([.. PriorWrongOnA.Where(e => e.Item2)]));
        Assert.Null(SentimentResidual.Train([.. PriorWrongOnA.Where(e => !e.Item2)]));
    }

    [Fact]
    public void Where_the_examples_contradict_the_prior_the_residual_pulls_against_it_and_elsewhere_it_stays_small()
    {
        var residual = SentimentResidual.Train(PriorWrongOnA)!;

        var onA = residual.Read(Unit(1, 0, 0, 0.05f));
        var elsewhere = residual.Read(Unit(0, 0, 0, 1));

        // One example is evidence, not proof: the pull is regularised.
        Assert.InRange(onA, 0.4, 3);
        Assert.InRange(Math.Abs(elsewhere), 0, 0.1);
        Assert.True(residual.Read(Unit(0, 1, 0, 0.05f)) < onA); // on B the prior was right: less to correct
    }

    [Fact]
    public void No_side_is_favoured_mirrored_examples_mirror_the_residual()
    {
        var mirrored = PriorWrongOnA.Select(e => (e.Item1, !e.Item2, -e.Item3)).ToArray();
        var probe = Unit(0.6f, 0.4f, 0.2f, 0.1f);

        var one = SentimentResidual.Train(PriorWrongOnA)!.Read(probe);
        var other = SentimentResidual.Train(mirrored)!.Read(probe);

        Assert.NotEqual(0, one, 3);
        Assert.Equal(one, -other, 4);
    }
}
