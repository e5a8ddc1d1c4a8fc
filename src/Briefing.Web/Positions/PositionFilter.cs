using System.Globalization;
using Briefing.Core.Positions;
using Microsoft.AspNetCore.WebUtilities;

namespace Briefing.Web.Positions;

/// <summary>The positions view's filters as they live in the URL, so a view can be shared, bookmarked and pinned:
/// <c>?actors=jane-roe,ivan-petrov&amp;topics=harbour-access&amp;stance=opposes&amp;since=7d&amp;compare=1</c>.
/// Parsing is forgiving (unknown stances and windows are dropped); resolving actor and topic ids against the stores
/// is the page's job, so unknown ids can be reported instead of failing.</summary>
public sealed record PositionFilter(
    IReadOnlyList<string> Actors,
    IReadOnlyList<string> Topics,
    Stance? Stance = null,
    string? Since = null,
    bool Compare = false)
{

    /// <summary>The relative windows offered in the UI; a date (yyyy-MM-dd) is accepted too.</summary>
    public static readonly IReadOnlyList<string> Windows = ["24h", "7d", "30d"];

    public static readonly PositionFilter Empty = new([], []);

    public bool IsEmpty => Actors.Count == 0 && Topics.Count == 0 && Stance is null && Since is null;

    /// <summary>Reads the filters from a URL or its query string; anything unrecognised is ignored.</summary>
    public static PositionFilter Parse(string? uriOrQuery)
    {
        var query = uriOrQuery ?? "";
        var mark = query.IndexOf('?');
        if (mark >= 0) query = query[mark..];
        var hash = query.IndexOf('#');
        if (hash >= 0) query = query[..hash];
        var values = QueryHelpers.ParseQuery(query);

        return new PositionFilter(
            List(values, "actors"),
            List(values, "topics"),
            StanceNames.Parse(First(values, "stance")),
            NormalizeSince(First(values, "since")),
            First(values, "compare") is "1" or "true" or "on");
    }

    /// <summary>The query string ("" when no filter is set; otherwise starting with "?"), in a stable order.</summary>
    public string ToQueryString()
    {
        var parts = new List<string>();
        if (Actors.Count > 0) parts.Add("actors=" + Join(Actors));
        if (Topics.Count > 0) parts.Add("topics=" + Join(Topics));
        if (Stance is { } stance) parts.Add("stance=" + StanceNames.Of(stance));
        if (Since is not null) parts.Add("since=" + Uri.EscapeDataString(Since));
        if (Compare) parts.Add("compare=1");
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }

    /// <summary>The instant the window starts, or null for "all time".</summary>
    public DateTimeOffset? SinceInstant(DateTimeOffset now) => Since switch
    {
        null => null,
        "24h" => now.AddHours(-24),
        "7d" => now.AddDays(-7),
        "30d" => now.AddDays(-30),
        _ => DateOnly.TryParseExact(Since, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
            : null,
    };

    /// <summary>"24h", "7d", "30d" or a yyyy-MM-dd date; anything else (including "all") means no window.</summary>
    public static string? NormalizeSince(string? since)
    {
        since = since?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(since)) return null;
        if (Windows.Contains(since)) return since;
        return DateOnly.TryParseExact(since, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? since : null;
    }

    public bool Equals(PositionFilter? other) =>
        other is not null && Actors.SequenceEqual(other.Actors) && Topics.SequenceEqual(other.Topics)
        && Stance == other.Stance && Since == other.Since && Compare == other.Compare;

    public override int GetHashCode() => HashCode.Combine(ToQueryString());

    private static string? First(Dictionary<string, Microsoft.Extensions.Primitives.StringValues> values, string key) =>
        values.TryGetValue(key, out var value) && value.Count > 0 && !string.IsNullOrWhiteSpace(value[0]) ? value[0]!.Trim() : null;

    /// <summary>Comma-separated and repeated keys both work (?actors=a,b and ?actors=a&amp;actors=b).</summary>
    private static string[] List(Dictionary<string, Microsoft.Extensions.Primitives.StringValues> values, string key) =>
        values.TryGetValue(key, out var value)
            ? value.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                .Distinct(StringComparer.OrdinalIgnoreCase).ToArray()
            : [];

    // Commas separate ids, so each id is escaped on its own (ids are slugs; names with commas stay intact).
    private static string Join(IEnumerable<string> ids) => string.Join(',', ids.Select(Uri.EscapeDataString));
}
