using Briefing.Core.Extraction;

namespace Briefing.Core.Positions;

/// <summary>One statement's stance on a topic, as evidence for an actor's position. <see cref="SeenAt"/> orders
/// evidence (use the article's published time when known). <see cref="Focus"/> (optional) is the part of
/// <see cref="Text"/> the stance rests on (<see cref="StanceJudgement.Focus"/>), used for the summary.</summary>
public sealed record PositionEvidence(
    string StatementId,
    string Text,
    string ArticleId,
    Stance Stance,
    double Confidence,
    DateTimeOffset SeenAt,
    TextSpan? Focus = null);

/// <summary>A change from one definite stance to a different definite stance, between two articles.</summary>
public sealed record PositionShift(Stance From, Stance To, PositionEvidence Before, PositionEvidence After)
{
    public DateTimeOffset At => After.SeenAt;
}

/// <summary>An actor's position on a topic. <see cref="Stance"/> is the latest definite stance (Supports, Opposes,
/// Mixed) among evidence at or above <see cref="PositionTracker.MinimumConfidence"/>, or Unclear when there is none:
/// an Unclear statement never replaces a definite stance. <see cref="Basis"/> is the evidence that stance rests on
/// (the latest agreeing one); <see cref="Confidence"/> the highest confidence since the stance was last taken.
/// <see cref="Evidence"/> is in SeenAt order (oldest first), capped at <see cref="PositionTracker.MaxEvidence"/>.</summary>
public sealed record ActorPosition(
    string ActorKey,
    string Topic,
    Stance Stance,
    double Confidence,
    PositionEvidence? Basis,
    IReadOnlyList<PositionEvidence> Evidence,
    IReadOnlyList<PositionShift> Shifts)
{
    public static ActorPosition Empty(string actorKey, string topic) =>
        new(actorKey, topic, Stance.Unclear, 0, null, [], []);

    public DateTimeOffset? FirstSeen => Evidence.Count == 0 ? null : Evidence[0].SeenAt;
    public DateTimeOffset? LastSeen => Evidence.Count == 0 ? null : Evidence[^1].SeenAt;

    /// <summary>One line from the evidence's own words: <c>Opposes: "the borders won’t be rolled back…"</c>.</summary>
    public string Summary => PositionSummary.Of(this);
}

/// <summary>The result of adding evidence. <see cref="StanceChanged"/>: the position's stance differs from before
/// (including Unclear → first definite stance). <see cref="Shift"/>: this evidence moved a definite stance to a
/// different definite stance; the moment to raise <c>PositionChanged</c> with a shift flag.</summary>
public sealed record PositionUpdate(ActorPosition Position, bool StanceChanged, PositionShift? Shift)
{
    public bool IsShift => Shift is not null;
}

/// <summary>Pure position aggregation: (position, evidence) → new position. Idempotent per StatementId; evidence
/// arriving late (older SeenAt) is placed in time order and only moves the stance if it is the newest.</summary>
public static class PositionTracker
{
    /// <summary>Definite evidence below this confidence is kept but counts as Unclear.</summary>
    public const double MinimumConfidence = 0.35;
    public const int MaxEvidence = 200;

    public static PositionUpdate Apply(ActorPosition current, PositionEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(evidence);
        foreach (var e in current.Evidence)
            if (e.StatementId == evidence.StatementId) return new PositionUpdate(current, false, null);

        var list = new List<PositionEvidence>(current.Evidence.Count + 1);
        list.AddRange(current.Evidence);
        var at = list.Count;
        while (at > 0 && list[at - 1].SeenAt > evidence.SeenAt) at--;
        list.Insert(at, evidence);

        var keptShifts = new List<PositionShift>();
        if (list.Count > MaxEvidence)
        {
            var dropped = list.Count - MaxEvidence;
            var oldestKept = list[dropped].SeenAt;
            list.RemoveRange(0, dropped);
            // Shifts older than the retained evidence cannot be re-derived: keep them as they were.
            foreach (var s in current.Shifts) if (s.At < oldestKept) keptShifts.Add(s);
        }

        Stance stance = Stance.Unclear;
        double confidence = 0;
        PositionEvidence? basis = null;
        PositionShift? last = null;
        foreach (var e in list)
        {
            if (!Counts(e)) continue;
            if (basis is null || e.Stance != stance)
            {
                // Two readings inside one article are one text read two ways, not a position that moved: a shift
                // needs the new stance to come from a different article than the one the old stance rested on.
                if (basis is not null && basis.ArticleId != e.ArticleId)
                {
                    last = new PositionShift(stance, e.Stance, basis, e);
                    keptShifts.Add(last);
                }
                stance = e.Stance;
                confidence = e.Confidence;
            }
            else confidence = Math.Max(confidence, e.Confidence);
            basis = e;
        }

        var position = current with
        {
            Stance = stance, Confidence = confidence, Basis = basis, Evidence = list, Shifts = keptShifts,
        };
        var shift = last is not null && ReferenceEquals(last.After, evidence) && ReferenceEquals(basis, evidence) ? last : null;
        return new PositionUpdate(position, stance != current.Stance, shift);
    }

    /// <summary>Folds many evidence items into a position (e.g. to rebuild one from storage).</summary>
    public static ActorPosition Build(string actorKey, string topic, IEnumerable<PositionEvidence> evidence)
    {
        var position = ActorPosition.Empty(actorKey, topic);
        foreach (var e in evidence) position = Apply(position, e).Position;
        return position;
    }

    private static bool Counts(PositionEvidence e) => e.Stance != Stance.Unclear && e.Confidence >= MinimumConfidence;
}
