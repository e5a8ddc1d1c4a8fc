using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace Briefing.Web.Briefs;

/// <summary>A brief's filters as they live in its URL: <c>?actor=…&amp;topic=…&amp;since=24h&amp;outlet=…</c>. Every
/// filter is optional and may repeat (the positions view's comma lists <c>actors=a,b</c> / <c>topics=…</c> work too).
/// <see cref="Since"/> is a duration (<c>90m</c>, <c>24h</c>, <c>7d</c>, <c>2w</c>), a date (<c>2025-02-14</c>) or an
/// ISO time; none means everything that matches.</summary>
public sealed partial record BriefFilter(
    IReadOnlyList<string> Actors,
    IReadOnlyList<string> Topics,
    string? Since,
    IReadOnlyList<string> Outlets)
{
    public static readonly BriefFilter Empty = new([], [], null, []);

    /// <summary>Reads the filters of a URL or query string; the error names the field that is wrong.</summary>
    public static (BriefFilter Filter, string? Error) Parse(string? uriOrQuery)
    {
        var query = uriOrQuery ?? "";
        var mark = query.IndexOf('?');
        query = mark >= 0 ? query[mark..] : "";
        var hash = query.IndexOf('#');
        if (hash >= 0) query = query[..hash];
        var values = QueryHelpers.ParseQuery(query);
        var since = Get(values, "since").FirstOrDefault();
        var filter = new BriefFilter(
            [.. Get(values, "actor"), .. Get(values, "actors").SelectMany(SplitCommas)],
            [.. Get(values, "topic"), .. Get(values, "topics").SelectMany(SplitCommas)],
            string.IsNullOrWhiteSpace(since) || since.Equals("all", StringComparison.OrdinalIgnoreCase) ? null : since,
            Get(values, "outlet").ToArray());
        filter = filter with
        {
            Actors = filter.Actors.Distinct(StringComparer.OrdinalIgnoreCase).ToArray(),
            Topics = filter.Topics.Distinct(StringComparer.OrdinalIgnoreCase).ToArray(),
        };
        return (filter, filter.Since is not null && SinceInstant(filter.Since, DateTimeOffset.UtcNow) is null
            ? $"\"since\" must be a duration such as 24h, 7d, 90m or 2w, a date (yyyy-MM-dd) or an ISO time; got '{filter.Since}'."
            : null);
    }

    /// <summary>The start of the window, or null when <paramref name="since"/> is not understood.</summary>
    public static DateTimeOffset? SinceInstant(string since, DateTimeOffset now)
    {
        var duration = Duration().Match(since.Trim());
        if (duration.Success && int.TryParse(duration.Groups[1].Value, CultureInfo.InvariantCulture, out var n) && n is > 0 and <= 100_000)
        {
            return duration.Groups[2].Value.ToLowerInvariant() switch
            {
                "m" => now.AddMinutes(-n),
                "h" => now.AddHours(-n),
                "d" => now.AddDays(-n),
                _ => now.AddDays(-7 * n),
            };
        }
        if (DateOnly.TryParseExact(since.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        return DateTimeOffset.TryParse(since, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null;
    }

    /// <summary>The query string ("" or "?…") with repeated keys, for links between the page and the API.</summary>
    public string ToQueryString(string? format = null)
    {
        var parts = Actors.Select(a => "actor=" + Uri.EscapeDataString(a))
            .Concat(Topics.Select(t => "topic=" + Uri.EscapeDataString(t)))
            .Concat(Since is null ? [] : ["since=" + Uri.EscapeDataString(Since)])
            .Concat(Outlets.Select(o => "outlet=" + Uri.EscapeDataString(o)))
            .Concat(format is null ? [] : ["format=" + format]).ToList();
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }

    private static IEnumerable<string> Get(Dictionary<string, StringValues> values, string key) =>
        values.TryGetValue(key, out var value)
            ? value.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim())
            : [];

    private static string[] SplitCommas(string value) =>
        value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [GeneratedRegex(@"^(\d{1,6})\s*([mhdw])$", RegexOptions.IgnoreCase)]
    private static partial Regex Duration();
}
