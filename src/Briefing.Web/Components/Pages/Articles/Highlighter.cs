using Briefing.Data.Statements;

namespace Briefing.Web.Components.Pages.Articles;

/// <summary>A piece of article text, either plain or the content of a statement.</summary>
public sealed record TextSegment(string Text, StatementView? Statement);

/// <summary>Cuts an article into plain and quoted segments for display. Overlapping statements are not nested:
/// the one that starts first (the longer on a tie) wins the overlap, so every character is shown exactly once.</summary>
public static class Highlighter
{
    public static IReadOnlyList<TextSegment> Segment(string text, IEnumerable<StatementView> statements)
    {
        var spans = statements
            .SelectMany(s => s.Content.Select(c => (c.Start, c.End, Statement: s)))
            .Where(s => s.Start >= 0 && s.End <= text.Length && s.Start < s.End)
            .OrderBy(s => s.Start).ThenByDescending(s => s.End)
            .ToList();
        var segments = new List<TextSegment>();
        var at = 0;
        foreach (var (start, end, statement) in spans)
        {
            if (start < at) continue;
            if (start > at) segments.Add(new TextSegment(text[at..start], null));
            segments.Add(new TextSegment(text[start..end], statement));
            at = end;
        }
        if (at < text.Length) segments.Add(new TextSegment(text[at..], null));
        return segments;
    }
}
