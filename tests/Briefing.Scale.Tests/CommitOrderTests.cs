extern alias load;
using load::Briefing.Load;

namespace Briefing.Scale.Tests;

/// <summary>When the load client counts an article as shown on a dashboard that had no room to render it.</summary>
public sealed class CommitOrderTests
{
    private const double Never = double.NaN;

    [Fact]
    public void An_article_is_shown_by_its_own_render_or_by_the_first_render_of_a_later_transaction()
    {
        // Serial:                 0      1      2      3      4      5
        int[] rank =             [-1,     0,     0,     1,     2,     2];
        double[] rendered =      [Never,  50,   Never, Never,  90,   Never];

        var shown = CommitOrder.Shown(rendered, rank);

        Assert.Equal(50, shown[1]);  // its own title
        Assert.Equal(90, shown[2]);  // same transaction as 1 (which does not count): shown when 4, later, is
        Assert.Equal(90, shown[3]);  // never rendered itself; 4 is of a later transaction
        Assert.Equal(90, shown[4]);
        Assert.True(double.IsNaN(shown[5])); // nothing later was ever rendered: not shown (lost)
    }

    [Fact]
    public void An_article_that_was_never_committed_is_not_shown_whatever_came_after()
    {
        int[] rank = [-1, -1, 0];
        double[] rendered = [Never, Never, 10];

        var shown = CommitOrder.Shown(rendered, rank);

        Assert.True(double.IsNaN(shown[1]));
        Assert.Equal(10, shown[2]);
    }

    [Fact]
    public void The_earlier_of_its_own_render_and_a_later_transactions_render_counts()
    {
        int[] rank = [-1, 0, 1];
        double[] rendered = [Never, 40, 20];

        Assert.Equal(20, CommitOrder.Shown(rendered, rank)[1]);
        Assert.Equal(10, CommitOrder.Shown([Never, 10, 20], rank)[1]);
    }
}
