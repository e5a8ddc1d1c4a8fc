using System.Globalization;
using Briefing.Core.Positions;
using Briefing.Data.Actors;
using Briefing.Data.Positions;
using Briefing.Data.Topics;

namespace Briefing.Web.Positions;

/// <summary>One statement on the timeline: where it sits, how big (confidence) and whether the stance shifted there.
/// On a long history one mark stands for <see cref="Count"/> statements of one stance in one day or week
/// (<see cref="Evidence"/> is the newest of them, <see cref="Since"/> the oldest one's time; ringed when one of them shifted).</summary>
public sealed record TimelineMark(EvidenceView Evidence, double X, double Y, double Radius, Stance? ShiftedFrom, int Count = 1, DateTimeOffset? Since = null)
{
    public bool IsShift => ShiftedFrom is not null;
}

/// <summary>One actor's line on a topic.</summary>
public sealed record TimelineLine(ActorRef Actor, string Color, string Path, IReadOnlyList<TimelineMark> Marks);

/// <summary>A topic's chart: one line per actor over a shared time axis; stances are the rows.</summary>
public sealed record TimelineChart(TopicRef Topic, IReadOnlyList<TimelineLine> Lines, IReadOnlyList<(double X, string Label)> Ticks);

/// <summary>Lays out stance timelines as plain numbers for a small SVG (no chart library): x is time, y the stance
/// (supports at the top, opposes at the bottom), a mark's radius grows with confidence, and a shift is where the
/// definite stance changed from one statement to the next.</summary>
public static class StanceTimeline
{
    public const double Width = 640;
    public const double Left = 78, Right = 14, Top = 18, RowHeight = 24;
    public static readonly Stance[] Rows = [Stance.Supports, Stance.Mixed, Stance.Unclear, Stance.Opposes];
    public static double Height => Top + RowHeight * (Rows.Length - 1) + 34;
    public static double Bottom => Top + RowHeight * (Rows.Length - 1);
    private static readonly string[] Palette = ["#1e3a8a", "#7c3aed", "#0f766e", "#be185d", "#92400e", "#334155"];

    /// <summary>A line with more statements than this groups them (see <see cref="Group"/>): a mark per statement
    /// on a 640-pixel chart stops being readable long before, and each mark is markup the page sends and the
    /// browser lays out (an actor with 200 statements on each of six topics made a 640 KB page).</summary>
    public const int MaxMarksPerLine = 40;

    /// <summary>A grouped line has at most this many days or weeks (and a mark per stance in each).</summary>
    public const int MaxBuckets = 30;

    public static double RowY(Stance stance) => Top + RowHeight * Array.IndexOf(Rows, stance);

    /// <summary>One chart per topic, each with a line per actor, from positions that carry their evidence.</summary>
    public static IReadOnlyList<TimelineChart> Charts(IEnumerable<PositionView> positions) =>
        positions.GroupBy(p => p.Topic.Id)
            .Select(g => Layout(g.First().Topic, g.OrderBy(p => p.Actor.Name, StringComparer.OrdinalIgnoreCase).ToList()))
            .OrderBy(c => c.Topic.Name, StringComparer.OrdinalIgnoreCase).ToList();

    public static TimelineChart Layout(TopicRef topic, IReadOnlyList<PositionView> positions)
    {
        var all = positions.SelectMany(p => p.Evidence).ToList();
        if (all.Count == 0) return new TimelineChart(topic, [], []);
        var from = all.Min(e => e.SeenAt);
        var to = all.Max(e => e.SeenAt);
        var span = (to - from).TotalSeconds;
        // Statements of one article share a time: spread them a little so each mark stays visible and clickable.
        const double step = 11;
        var plot = Width - Left - Right - step * 4;
        double X(DateTimeOffset at) => span <= 0 ? Left + plot / 2 : Left + plot * (at - from).TotalSeconds / span;

        var lines = new List<TimelineLine>();
        for (var i = 0; i < positions.Count; i++)
        {
            var evidence = positions[i].Evidence.OrderBy(e => e.SeenAt).ThenBy(e => e.StatementId, StatementOrder.Instance).ToList();
            var shifts = ShiftsOf(evidence);
            var offset = (i % 3 - 1) * 3;
            List<TimelineMark> marks;
            if (evidence.Count > MaxMarksPerLine)
            {
                marks = Group(evidence, shifts, from, BucketFor(to - from))
                    .Select(g => new TimelineMark(g.Newest, Math.Round(X(g.Middle), 1), RowY(g.Newest.Stance) + offset,
                        Math.Round(Math.Min(12, 3 + 6 * Math.Clamp(g.Confidence, 0, 1) + Math.Log2(g.Count)), 1), g.ShiftedFrom, g.Count, g.Oldest))
                    .ToList();
            }
            else
            {
                marks = new List<TimelineMark>(evidence.Count);
                var sameTime = 0;
                for (var k = 0; k < evidence.Count; k++)
                {
                    sameTime = k > 0 && evidence[k].SeenAt == evidence[k - 1].SeenAt ? sameTime + 1 : 0;
                    var e = evidence[k];
                    marks.Add(new TimelineMark(e, Math.Round(X(e.SeenAt) + Math.Min(sameTime, 4) * step, 1),
                        RowY(e.Stance) + offset, Math.Round(3 + 6 * Math.Clamp(e.Confidence, 0, 1), 1), shifts[k]));
                }
            }
            // A step line: a stance holds until the next statement says otherwise.
            var path = string.Join(' ', marks.Select((m, k) => k == 0 ? $"M{Num(m.X)},{Num(m.Y)}" : $"H{Num(m.X)} V{Num(m.Y)}"));
            lines.Add(new TimelineLine(positions[i].Actor, Palette[i % Palette.Length], path, marks));
        }
        var ticks = span <= 0
            ? new List<(double, string)> { (Left + plot / 2, Label(from, span)) }
            : Enumerable.Range(0, 4).Select(t => (Left + plot * t / 3, Label(from.AddSeconds(span * t / 3), span))).ToList();
        return new TimelineChart(topic, lines, ticks);
    }

    /// <summary>One mark's worth of statements: same stance, same <paramref name="bucket"/> (a day or a week from
    /// <paramref name="from"/>). A shift joins its group and rings it (the group says from which stance), so a
    /// history that flips often still draws at most one mark per stance per bucket. Oldest first, by middle time.</summary>
    public static IReadOnlyList<MarkGroup> Group(IReadOnlyList<EvidenceView> oldestFirst, IReadOnlyList<Stance?> shifts,
        DateTimeOffset from, TimeSpan bucket)
    {
        var groups = new List<MarkGroup>();
        var open = new Dictionary<(long, Stance), int>();
        for (var k = 0; k < oldestFirst.Count; k++)
        {
            var e = oldestFirst[k];
            var key = ((e.SeenAt - from).Ticks / bucket.Ticks, e.Stance);
            if (open.TryGetValue(key, out var at))
            {
                var g = groups[at];
                // Oldest first: the newest statement so far is the one the mark links to.
                groups[at] = g with { Newest = e, Count = g.Count + 1, Confidence = Math.Max(g.Confidence, e.Confidence), ShiftedFrom = shifts[k] ?? g.ShiftedFrom };
            }
            else
            {
                open[key] = groups.Count;
                groups.Add(new MarkGroup(e, e.SeenAt, 1, e.Confidence, shifts[k]));
            }
        }
        return groups.OrderBy(g => g.Middle).ToList();
    }

    /// <summary>The smallest of a day, a week or a multiple of weeks that splits <paramref name="span"/> into at most
    /// <see cref="MaxBuckets"/> buckets.</summary>
    public static TimeSpan BucketFor(TimeSpan span)
    {
        if (span <= TimeSpan.FromDays(MaxBuckets)) return TimeSpan.FromDays(1);
        var weeks = Math.Max(1, (int)Math.Ceiling(span.TotalDays / 7 / MaxBuckets));
        return TimeSpan.FromDays(7 * weeks);
    }

    /// <summary>For each statement (oldest first): the stance it shifted from, or null. The shifts are the stance
    /// engine's own (<see cref="PositionTracker"/>), replayed over the stored evidence, so the chart and the position agree.</summary>
    public static IReadOnlyList<Stance?> ShiftsOf(IReadOnlyList<EvidenceView> oldestFirst)
    {
        var evidence = oldestFirst.Select(e => new PositionEvidence(e.StatementId, e.Text, e.ArticleId, e.Stance, e.Confidence, e.SeenAt));
        var shifts = PositionTracker.Build("timeline", "timeline", evidence).Shifts.ToDictionary(s => s.After.StatementId, s => s.From);
        return oldestFirst.Select(e => shifts.TryGetValue(e.StatementId, out var from) ? from : (Stance?)null).ToList();
    }

    /// <summary>Statements drawn as one mark: <see cref="Newest"/> is linked, <see cref="Confidence"/> the highest.</summary>
    public sealed record MarkGroup(EvidenceView Newest, DateTimeOffset Oldest, int Count, double Confidence, Stance? ShiftedFrom)
    {
        public DateTimeOffset Middle => Oldest + (Newest.SeenAt - Oldest) / 2;
    }

    private static string Label(DateTimeOffset at, double span) =>
        at.UtcDateTime.ToString(span < 4 * 86400 ? "MMM d HH:mm" : "MMM d", CultureInfo.InvariantCulture);

    public static string Num(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>Statement ids are "{article}-{n}": order by the number so "-10" follows "-9".</summary>
    private sealed class StatementOrder : IComparer<string>
    {
        public static readonly StatementOrder Instance = new();

        public int Compare(string? a, string? b)
        {
            int Ordinal(string? id) => id is not null && id.LastIndexOf('-') is var d and >= 0 && int.TryParse(id[(d + 1)..], out var n) ? n : 0;
            var byArticle = string.CompareOrdinal(a?[..Math.Max(0, a.LastIndexOf('-'))], b?[..Math.Max(0, b.LastIndexOf('-'))]);
            return byArticle != 0 ? byArticle : Ordinal(a).CompareTo(Ordinal(b));
        }
    }
}
