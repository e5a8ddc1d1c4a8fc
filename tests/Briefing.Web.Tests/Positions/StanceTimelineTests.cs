using Briefing.Core.Positions;
using Briefing.Data.Actors;
using Briefing.Data.Positions;
using Briefing.Data.Topics;
using Briefing.Web.Positions;

namespace Briefing.Web.Tests.Positions;

public sealed class StanceTimelineTests
{
    private static readonly DateTimeOffset Day = new(2025, 2, 10, 9, 0, 0, TimeSpan.Zero);

    private static EvidenceView E(string id, string article, string stance, double confidence, int day) =>
        new(id, $"statement {id}", article, StanceNames.Parse(stance)!.Value, confidence, Day.AddDays(day), "Fictional article", [], []);

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
        Assert.Equal([null, null, null, null, Stance.Opposes, null], shifts);
    }

    [Fact]
    public void Marks_sit_on_their_stance_row_in_time_order_and_grow_with_confidence()
    {
        var chart = StanceTimeline.Layout(new TopicRef("harbour-access", "Harbour access"),
            [P("aldo-varga", E("a1-1", "a1", "supports", 0.5, 0), E("a2-1", "a2", "opposes", 1.0, 9))]);

        var line = Assert.Single(chart.Lines);
        Assert.Equal(["a1-1", "a2-1"], line.Marks.Select(m => m.Evidence.StatementId));
        Assert.InRange(line.Marks[0].Y, StanceTimeline.RowY(Stance.Supports) - 3, StanceTimeline.RowY(Stance.Supports) + 3); // lines are offset a little so they never hide each other
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

    [Fact]
    public void A_long_history_draws_one_mark_per_stance_per_week_and_keeps_the_shift_and_every_statement_counted()
    {
        // 300 statements over 180 days: supports for 100 days, then opposes (a shift), with some unclear ones.
        var evidence = Enumerable.Range(0, 300).Select(n =>
        {
            var day = n * 180 / 300;
            var stance = n % 7 == 3 ? "unclear" : day < 100 ? "supports" : "opposes";
            return E($"a{n}-1", $"a{n}", stance, 0.5 + n % 5 * 0.1, day);
        }).ToArray();
        var chart = StanceTimeline.Layout(new TopicRef("harbour-access", "Harbour access"), [P("aldo-varga", evidence)]);

        var marks = Assert.Single(chart.Lines).Marks;
        Assert.InRange(marks.Count, 20, 2 * 27 + 2); // at most two stances a week (26 weeks) and the shifts
        Assert.Equal(300, marks.Sum(m => m.Count));
        var shift = Assert.Single(marks, m => m.IsShift); // the shift rings the week's "opposes" mark it belongs to
        Assert.Equal(Stance.Opposes, shift.Evidence.Stance);
        Assert.Equal(Stance.Supports, shift.ShiftedFrom);
        Assert.True(shift.Since <= Day.AddDays(100) && shift.Evidence.SeenAt >= Day.AddDays(100));
        Assert.Equal(marks.OrderBy(m => m.X).Select(m => m.Evidence.StatementId), marks.Select(m => m.Evidence.StatementId));
        foreach (var mark in marks.Where(m => m.Count > 1))
        {
            Assert.True(mark.Since <= mark.Evidence.SeenAt); // it links to the newest of its statements
            Assert.True(mark.Evidence.SeenAt - mark.Since!.Value < TimeSpan.FromDays(7));
        }
    }

    [Fact]
    public void Buckets_are_days_for_a_month_and_whole_weeks_beyond_never_more_than_the_cap()
    {
        Assert.Equal(TimeSpan.FromDays(1), StanceTimeline.BucketFor(TimeSpan.FromDays(10)));
        Assert.Equal(TimeSpan.FromDays(7), StanceTimeline.BucketFor(TimeSpan.FromDays(180)));
        var year = StanceTimeline.BucketFor(TimeSpan.FromDays(730));
        Assert.Equal(0, year.TotalDays % 7);
        Assert.True(730 / year.TotalDays <= StanceTimeline.MaxBuckets);
    }

    [Fact]
    public void A_short_history_keeps_one_mark_per_statement()
    {
        var evidence = Enumerable.Range(0, StanceTimeline.MaxMarksPerLine).Select(n => E($"a{n}-1", $"a{n}", "supports", 0.8, n % 3)).ToArray();
        var chart = StanceTimeline.Layout(new TopicRef("harbour-access", "Harbour access"), [P("aldo-varga", evidence)]);

        Assert.All(Assert.Single(chart.Lines).Marks, m => Assert.Equal(1, m.Count));
        Assert.Equal(StanceTimeline.MaxMarksPerLine, chart.Lines[0].Marks.Count);
    }
}
