using System.Text;
using System.Text.RegularExpressions;
using UtfUnknown;

namespace Briefing.Web.Ingestion.Text;

/// <summary>What kind of document the bytes are, so the decoder knows which in-document declaration to read.</summary>
public enum BodyKind { Xml, Html, PlainText }

/// <summary>Decoded text and how its encoding was found ("BOM", "HTTP", "XML declaration", "meta", "UTF-8",
/// "detector", "fallback"), for logs and tests.</summary>
public sealed record DecodedText(string Text, Encoding Encoding, string Source);

/// <summary>Bytes to text the way a browser does it: a byte-order mark; then the HTTP Content-Type charset; then the
/// document's own declaration (XML declaration, &lt;meta charset&gt; or http-equiv); then, when nothing was
/// declared, valid UTF-8 is UTF-8; then a charset detector (UTF.Unknown); windows-1252 if all else fails.
/// One deliberate difference from browsers: a UTF-8 label on bytes that are not valid UTF-8 is not believed (the next
/// source is asked), because a mislabelled legacy page would otherwise store U+FFFD for every accented letter.</summary>
public static partial class TextDecoder
{
    private const int DeclarationScanBytes = 16 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string? httpCharset, BodyKind kind)
    {
        if (ByteOrderMark(bytes) is var (bom, length)) return new(bom.GetString(bytes[length..]), bom, "BOM");
        // UTF-16/32 without a BOM (XML 1.0 appendix F): the zero bytes say it better than any label.
        if (UnmarkedUnicode(bytes) is { } unmarked) return new(unmarked.GetString(bytes), unmarked, "byte pattern");

        if (Usable(EncodingLabels.Find(httpCharset), bytes) is { } http) return new(http.GetString(bytes), http, "HTTP");
        var declared = kind switch
        {
            BodyKind.Xml => (XmlDeclaration(bytes), "XML declaration"),
            BodyKind.Html => (MetaCharset(bytes), "meta"),
            _ => ((Encoding?)null, ""),
        };
        if (Usable(declared.Item1, bytes) is { } fromDocument) return new(fromDocument.GetString(bytes), fromDocument, declared.Item2);

        if (IsUtf8(bytes)) return new(Encoding.UTF8.GetString(bytes), Encoding.UTF8, "UTF-8");
        if (Detect(bytes) is { } detected) return new(detected.GetString(bytes), detected, "detector");
        var fallback = EncodingLabels.Find("windows-1252")!;
        return new(fallback.GetString(bytes), fallback, "fallback");
    }

    /// <summary>The charset parameter of a Content-Type header value, if any.</summary>
    public static string? CharsetOf(string? contentType) =>
        contentType is not null && CharsetParameter().Match(contentType) is { Success: true } match ? match.Groups[1].Value : null;

    private static (Encoding, int)? ByteOrderMark(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (Encoding.UTF8, 3),
        [0xFF, 0xFE, 0x00, 0x00, ..] => (new UTF32Encoding(bigEndian: false, byteOrderMark: false), 4),
        [0x00, 0x00, 0xFE, 0xFF, ..] => (new UTF32Encoding(bigEndian: true, byteOrderMark: false), 4),
        [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
        [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
        _ => null,
    };

    /// <summary>UTF-16/32 without a BOM, known from where the zero bytes sit around ASCII characters.</summary>
    private static Encoding? UnmarkedUnicode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 4) return null;
        if (bytes is [0, 0, 0, not 0, ..]) return new UTF32Encoding(bigEndian: true, byteOrderMark: false);
        if (bytes is [not 0, 0, 0, 0, ..]) return new UTF32Encoding(bigEndian: false, byteOrderMark: false);
        // UTF-16: most ASCII text has a zero in every other byte; count over the first few hundred bytes (too few
        // bytes say nothing).
        if (bytes.Length < 16) return null;
        var sample = bytes[..Math.Min(bytes.Length & ~1, 512)];
        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            if (sample[i] == 0) evenZeros++;
            if (sample[i + 1] == 0) oddZeros++;
        }
        var pairs = sample.Length / 2;
        if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return Encoding.Unicode;
        if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return Encoding.BigEndianUnicode;
        return null;
    }

    /// <summary>A declared encoding is used unless the bytes contradict it: a Unicode label on ASCII-compatible bytes
    /// (a UTF-16 document re-saved as UTF-8 keeps its old declaration) or UTF-8 on bytes that are not UTF-8.</summary>
    private static Encoding? Usable(Encoding? encoding, ReadOnlySpan<byte> bytes) => encoding switch
    {
        null => null,
        { CodePage: 65001 } => IsUtf8(bytes) ? Encoding.UTF8 : null,
        _ when EncodingLabels.IsUnicode(encoding) => null,
        _ => encoding,
    };

    private static Encoding? XmlDeclaration(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 1024)]);
        return XmlEncoding().Match(head) is { Success: true } match ? EncodingLabels.Find(match.Groups[1].Value) : null;
    }

    private static Encoding? MetaCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, DeclarationScanBytes)]);
        foreach (Match match in MetaTag().Matches(head))
            if (CharsetParameter().Match(match.Value) is { Success: true } charset && EncodingLabels.Find(charset.Groups[1].Value) is { } found)
                return found;
        // Some pages (and many feeds' HTML) carry only an XML declaration.
        return XmlDeclaration(bytes);
    }

    private static bool IsUtf8(ReadOnlySpan<byte> bytes)
    {
        try
        {
            StrictUtf8.GetCharCount(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static Encoding? Detect(ReadOnlySpan<byte> bytes)
    {
        var result = CharsetDetector.DetectFromBytes(bytes[..Math.Min(bytes.Length, 256 * 1024)].ToArray());
        if (result.Detected is not { EncodingName: { } name } top) return null;
        // A near tie with windows-1252 goes to windows-1252, the web's commonest legacy charset and what browsers
        // assume for an unlabelled Western page: short French or German text scores about the same as Central European.
        if (result.Details.Any(d => d.EncodingName is "windows-1252" && d.Confidence >= top.Confidence - 0.1f)) return EncodingLabels.Find("windows-1252");
        return EncodingLabels.Find(name);
    }

    [GeneratedRegex("""charset\s*=\s*["']?\s*([A-Za-z0-9._:\-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetParameter();

    [GeneratedRegex("""<\?xml[^>]*?encoding\s*=\s*["']\s*([A-Za-z0-9._:\-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex XmlEncoding();

    [GeneratedRegex("""<meta\b[^>]*>""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaTag();
}
