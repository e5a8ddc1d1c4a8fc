using System.Globalization;
using System.Text;

namespace Briefing.Data;

/// <summary>Where a page of a newest-first list ended (keyset paging): the last row's time, ordinal and id. The next
/// page starts right after it in the list's order, so a deep page costs what the first one does and rows that arrive
/// meanwhile neither repeat nor skip items, unlike an offset. Travels as an opaque URL-safe token.</summary>
public sealed record ListCursor(DateTimeOffset At, int Ordinal, string Id)
{
    public string Encode() =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(
                $"{At.UtcTicks.ToString(CultureInfo.InvariantCulture)}|{Ordinal.ToString(CultureInfo.InvariantCulture)}|{Id}"))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>Reads a token made by <see cref="Encode"/>; null for anything else.</summary>
    public static ListCursor? Decode(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 1000) return null;
        var base64 = token.Replace('-', '+').Replace('_', '/');
        base64 = base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '=');
        Span<byte> bytes = new byte[base64.Length];
        if (!Convert.TryFromBase64String(base64, bytes, out var length)) return null;
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes[..length]);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
        var parts = text.Split('|', 3);
        return parts.Length == 3
               && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
               && ticks >= DateTimeOffset.MinValue.UtcTicks && ticks <= DateTimeOffset.MaxValue.UtcTicks
               && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ordinal)
               && parts[2].Length > 0
            ? new ListCursor(new DateTimeOffset(ticks, TimeSpan.Zero), ordinal, parts[2])
            : null;
    }
}
