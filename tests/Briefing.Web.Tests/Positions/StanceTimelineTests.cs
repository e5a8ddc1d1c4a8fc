using Briefing.Data.Actors;
using Briefing.Data.Positions;
using Briefing.Data.Topics;
using Briefing.Web.Positions;

namespace Briefing.Web.Tests.Positions;

public sealed class StanceTimelineTests
{
    private static readonly DateTimeOffset Day = new(2025, 2, 10, 9, 0, 0, TimeSpan.Zero);

    private static EvidenceView E(string id, string article, string stance, double confidence, int day) =>
        new(id, $"statement {id}", article, stance, confidence, Day.AddDays(day), "Fictional article", [], []);

    private static PositionView P(string actor, params EvidenceView[] evidence) => new(
        new ActorRef(actor, actor), new TopicRef("harbour-access", "Harbour access"), evidence[0].Stance, 0.8, "",
        Day, Day.AddDays(9), null, null, evidence.Reverse().ToList());

    [Fact]
    public void A_shift_is_a_definite_stance_from_another_article_that_differs_from_the_last()
    {
        var shifts = StanceTimeline.ShiftsOf(
        [
            E("a1-1", "a1", "supports", 0.8, 0),
            E("a1-2", "a1", "opposes", 0.8, 0),  // same article: one text read two ways, not a shift
            E("a2-1", "a2", "unclear", 0.9, 1),  // unclear never moves a stance
            E("a3-1", "a3", "opposes", 0.2, 2),  // too weak to count
            E("a4-1", "a4", "supports", 0.7, 3), // the last definite stance (a1-2) was opposes: shift
            E("a5-1", "a5", "supports", 0.7, 4),
        ]);
        Assert.Equal([null, null, null, null, "opposes", null], shifts);
    }

    [Fact]
    public void Marks_sit_on_their_stance_row_in_time_order_and_grow_with_confidence()
    {
        var chart = StanceTimeline.Layout(new TopicRef("harbour-access", "Harbour access"),
            [P("aldo-varga", E("a1-1", "a1", "supports", 0.5, 0), E("a2-1", "a2", "opposes", 1.0, 9))]);

        var line = Assert.Single(chart.Lines);
        Assert.Equal(["a1-1", "a2-1"], line.Marks.Select(m => m.Evidence.StatementId));
        Assert.InRange(line.Marks[0].Y, StanceTimeline.RowY("supports") - 3, StanceTimeline.RowY("supports") + 3); // lines are offset a little so they never hide each other
        Assert.True(line.Marks[1].Y > line.Marks[0].Y); // opposes is the bottom row
        Assert.True(line.Marks[1].X > line.Marks[0].X);
        Assert.True(line.Marks[1].Radius > line.Marks[0].Radius);
        Assert.True(line.Marks[1].IsShift);
        Assert.StartsWith("M", line.Path);
    }

    [Fact]
    public void Two_actors_on_one_topic_share_one_chart_with_a_line_each()
    {
        var charts = StanceTimeline.Charts(
        [
            P("aldo-varga", E("a1-1", "a1", "supports", 0.8, 0)),
            P("ines-okafor", E("a2-1", "a2", "opposes", 0.8, 1), E("a3-1", "a3", "opposes", 0.6, 2)),
        ]);
        var chart = Assert.Single(charts);
        Assert.Equal(["aldo-varga", "ines-okafor"], chart.Lines.Select(l => l.Actor.Id));
        Assert.NotEqual(chart.Lines[0].Color, chart.Lines[1].Color);
        Assert.Equal(2, chart.Lines[1].Marks.Count);
    }
}
