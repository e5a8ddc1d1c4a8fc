using System.Globalization;
using System.Text.RegularExpressions;

namespace Briefing.Web.Ingestion.Feeds.Parsing;

/// <summary>Dates as feeds write them: RFC 822 with any day name (or none), named zones (GMT, EST, PDT…), offsets
/// with or without a colon, two-digit years, ISO 8601. An unreadable date is null, never an error.</summary>
public static partial class FeedDates
{
    private static readonly Dictionary<string, string> Zones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = "+00:00", ["UT"] = "+00:00", ["UTC"] = "+00:00", ["Z"] = "+00:00", ["WET"] = "+00:00", ["BST"] = "+01:00",
        ["CET"] = "+01:00", ["CEST"] = "+02:00", ["MET"] = "+01:00", ["MEST"] = "+02:00", ["EET"] = "+02:00", ["EEST"] = "+03:00",
        ["MSK"] = "+03:00", ["JST"] = "+09:00", ["KST"] = "+09:00", ["AEST"] = "+10:00", ["AEDT"] = "+11:00",
        ["EST"] = "-05:00", ["EDT"] = "-04:00", ["CST"] = "-06:00", ["CDT"] = "-05:00",
        ["MST"] = "-07:00", ["MDT"] = "-06:00", ["PST"] = "-08:00", ["PDT"] = "-07:00", ["AKST"] = "-09:00", ["HST"] = "-10:00",
    };

    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var text = DayName().Replace(value.Trim(), "");
        text = NamedZone().Replace(text, m => Zones.TryGetValue(m.Groups[1].Value, out var offset) ? " " + offset : m.Value);
        text = CompactOffset().Replace(text, "$1$2:$3");
        text = TwoDigitYear().Replace(text, m => $"{m.Groups[1].Value}{(int.Parse(m.Groups[2].Value) < 70 ? "20" : "19")}{m.Groups[2].Value}{m.Groups[3].Value}");
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var parsed)
            ? parsed.ToUniversalTime()
            : null;
    }

    [GeneratedRegex(@"^[A-Za-z]{2,9}\.?,?\s+(?=\d)")]
    private static partial Regex DayName();

    [GeneratedRegex(@"\s*\b([A-Z]{1,4})$", RegexOptions.IgnoreCase)]
    private static partial Regex NamedZone();

    [GeneratedRegex(@"([+-])(\d{2})(\d{2})$")]
    private static partial Regex CompactOffset();

    // "01 Dec 26 10:00" → "01 Dec 2026 10:00"
    [GeneratedRegex(@"^(\d{1,2}\s+[A-Za-z]{3,9}\s+)(\d{2})(\s)")]
    private static partial Regex TwoDigitYear();
}
