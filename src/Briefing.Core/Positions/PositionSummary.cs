using Briefing.Core.Extraction;

namespace Briefing.Core.Positions;

/// <summary>One-line summaries built only from the evidence's own words.</summary>
public static class PositionSummary
{
    public const int MaxExcerpt = 120;

    /// <summary><c>Opposes: "…"</c> from the basis evidence; <c>Unclear: "…"</c> from the latest evidence when no
    /// definite stance exists; just <c>Unclear</c> without evidence.</summary>
    public static string Of(ActorPosition position)
    {
        var evidence = position.Basis ?? (position.Evidence.Count > 0 ? position.Evidence[^1] : null);
        return Of(position.Stance, evidence);
    }

    public static string Of(Stance stance, PositionEvidence? evidence) =>
        evidence is null ? stance.ToString() : $"{stance}: \"{Excerpt(evidence.Text, evidence.Focus)}\"";

    /// <summary>The focus (or the text's start) cut at a word boundary to at most <paramref name="max"/> characters,
    /// with "…" where it was cut; a short focus is continued with the text after it.</summary>
    public static string Excerpt(string text, TextSpan? focus = null, int max = MaxExcerpt)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = 0;
        var end = text.Length;
        if (focus is { } f && f.Start >= 0 && f.End <= text.Length && f.Length > 0)
        {
            start = f.Start;
            end = f.Length < 40 ? text.Length : f.End;
        }
        var span = text.AsSpan(start, end - start).Trim().Trim("“”\"‘'").Trim();
        if (span.Length <= max) return span.ToString();
        var cut = span[..max].LastIndexOf(' ');
        var head = span[..(cut > max / 2 ? cut : max)].TrimEnd().TrimEnd(",;:—–-");
        return string.Concat(head, "…");
    }
}
