using Briefing.Core.Extraction;
using Briefing.Core.Positions;

namespace Briefing.Core.Tests.Positions;

public class PositionTrackerTests
{
    private static readonly DateTimeOffset T0 = new(2031, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static PositionEvidence E(string id, Stance stance, int day, double confidence = 0.8,
        string text = "Minister Aldo Varga said Veltria supports the talks.") =>
        new(id, text, "article-" + id, stance, confidence, T0.AddDays(day));

    private static ActorPosition Start => ActorPosition.Empty("aldo-varga", "Peace talks");

    [Fact]
    public void First_definite_stance_changes_the_position_but_is_not_a_shift()
    {
        var update = PositionTracker.Apply(Start, E("s1", Stance.Supports, 0));

        Assert.Equal(Stance.Supports, update.Position.Stance);
        Assert.True(update.StanceChanged);
        Assert.False(update.IsShift);
        Assert.Equal(T0, update.Position.FirstSeen);
    }

    [Fact]
    public void Two_readings_inside_one_article_change_the_stance_but_are_not_a_shift()
    {
        var p = PositionTracker.Apply(Start, E("s1", Stance.Supports, 0) with { ArticleId = "same" }).Position;
        var update = PositionTracker.Apply(p, E("s2", Stance.Opposes, 0) with { ArticleId = "same" });

        Assert.Equal(Stance.Opposes, update.Position.Stance);
        Assert.True(update.StanceChanged);
        Assert.False(update.IsShift);
        Assert.Empty(update.Position.Shifts);
    }

    [Fact]
    public void A_different_definite_stance_is_a_shift()
    {
        var p = PositionTracker.Apply(Start, E("s1", Stance.Supports, 0)).Position;
        var update = PositionTracker.Apply(p, E("s2", Stance.Opposes, 1));

        Assert.True(update.IsShift);
        Assert.Equal(Stance.Supports, update.Shift!.From);
        Assert.Equal(Stance.Opposes, update.Shift.To);
        Assert.Equal("s1", update.Shift.Before.StatementId);
        Assert.Equal("s2", update.Shift.After.StatementId);
        Assert.Single(update.Position.Shifts);
    }

    [Fact]
    public void Mixed_is_a_definite_stance_so_moving_to_it_is_a_shift()
    {
        var p = PositionTracker.Apply(Start, E("s1", Stance.Supports, 0)).Position;
        Assert.True(PositionTracker.Apply(p, E("s2", Stance.Mixed, 1)).IsShift);
    }

    [Fact]
    public void The_same_stance_again_is_no_shift_and_keeps_the_highest_confidence()
    {
        var p = PositionTracker.Apply(Start, E("s1", Stance.Opposes, 0, 0.9)).Position;
        var update = PositionTracker.Apply(p, E("s2", Stance.Opposes, 1, 0.6));

        Assert.False(update.IsShift);
        Assert.False(update.StanceChanged);
        Assert.Equal(0.9, update.Position.Confidence);
        Assert.Equal("s2", update.Position.Basis!.StatementId);
    }

    [Fact]
    public void Unclear_neither_replaces_nor_breaks_a_definite_stance()
    {
        var p = PositionTracker.Apply(Start, E("s1", Stance.Supports, 0)).Position;
        var unclear = PositionTracker.Apply(p, E("s2", Stance.Unclear, 1, 0));
        Assert.Equal(Stance.Supports, unclear.Position.Stance);
        Assert.False(unclear.StanceChanged);

        var back = PositionTracker.Apply(unclear.Position, E("s3", Stance.Supports, 2));
        Assert.False(back.IsShift);
        Assert.Equal(3, back.Position.Evidence.Count);
        Assert.Equal(T0.AddDays(2), back.Position.LastSeen);
    }

    [Fact]
    public void Only_unclear_evidence_leaves_the_position_unclear()
    {
        var update = PositionTracker.Apply(Start, E("s1", Stance.Unclear, 0, 0));
        Assert.Equal(Stance.Unclear, update.Position.Stance);
        Assert.False(update.StanceChanged);
        Assert.Null(update.Position.Basis);
    }

    [Fact]
    public void Evidence_below_the_minimum_confidence_counts_as_unclear()
    {
        var p = PositionTracker.Apply(Start, E("s1", Stance.Supports, 0)).Position;
        var weak = PositionTracker.Apply(p, E("s2", Stance.Opposes, 1, PositionTracker.MinimumConfidence / 2));
        Assert.False(weak.IsShift);
        Assert.Equal(Stance.Supports, weak.Position.Stance);
    }

    [Fact]
    public void The_same_statement_twice_is_a_no_op()
    {
        var p = PositionTracker.Apply(Start, E("s1", Stance.Supports, 0)).Position;
        var again = PositionTracker.Apply(p, E("s1", Stance.Opposes, 1));
        Assert.Same(p, again.Position);
        Assert.False(again.StanceChanged);
    }

    [Fact]
    public void Late_older_evidence_is_placed_in_time_and_does_not_move_the_latest_stance()
    {
        var p = PositionTracker.Apply(Start, E("s2", Stance.Opposes, 5)).Position;
        var late = PositionTracker.Apply(p, E("s1", Stance.Supports, 1));

        Assert.Equal(Stance.Opposes, late.Position.Stance);
        Assert.False(late.IsShift); // a shift in the past is recorded, not announced
        Assert.Equal(["s1", "s2"], late.Position.Evidence.Select(e => e.StatementId));
        Assert.Equal(Stance.Supports, Assert.Single(late.Position.Shifts).From);
    }

    [Fact]
    public void Build_folds_evidence_in_any_order()
    {
        var evidence = new[] { E("s3", Stance.Opposes, 3), E("s1", Stance.Supports, 1), E("s2", Stance.Unclear, 2, 0) };
        var p = PositionTracker.Build("aldo-varga", "Peace talks", evidence);
        Assert.Equal(Stance.Opposes, p.Stance);
        Assert.Single(p.Shifts);
    }

    [Fact]
    public void Summary_quotes_the_evidence_from_its_focus()
    {
        const string text = "Varga thanked the crowd, and said the old borders won't be rolled back to the lines of 1990.";
        var focus = new TextSpan(text.IndexOf("borders", StringComparison.Ordinal), text.Length - 1);
        var p = PositionTracker.Apply(Start, E("s1", Stance.Opposes, 0, text: text) with { Focus = focus }).Position;

        Assert.Equal("Opposes: \"borders won't be rolled back to the lines of 1990\"", p.Summary);
    }

    [Fact]
    public void Summary_trims_long_evidence_at_a_word_boundary_and_never_adds_words()
    {
        var text = string.Join(' ', Enumerable.Repeat("Veltria supports talks", 20));
        var summary = PositionSummary.Of(Stance.Supports, E("s1", Stance.Supports, 0, text: text));

        Assert.StartsWith("Supports: \"Veltria supports talks", summary);
        Assert.EndsWith("…\"", summary);
        Assert.True(summary.Length <= PositionSummary.MaxExcerpt + "Supports: \"…\"".Length);
        foreach (var word in summary[11..^2].Split(' ')) Assert.Contains(word, text);
    }

    [Fact]
    public void Summary_of_a_position_without_evidence_is_just_unclear() =>
        Assert.Equal("Unclear", Start.Summary);
}
