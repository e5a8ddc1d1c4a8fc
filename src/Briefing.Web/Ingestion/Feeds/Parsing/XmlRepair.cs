using System.Text;
using AngleSharp.Html;

namespace Briefing.Web.Ingestion.Feeds.Parsing;

/// <summary>The tolerant pre-pass mature feed readers make before an XML parser sees a feed: what comes before the
/// root (BOM, whitespace, comments, the XML declaration, stray text) is blanked, HTML named entities (&amp;nbsp;,
/// &amp;eacute;) become character references, a stray &amp; becomes &amp;amp;, references to C1 controls become the
/// windows-1252 characters they meant (as HTML does), and characters XML forbids are dropped. CDATA sections and
/// comments are copied untouched. Line numbers are kept, so a parse error still names the right line.</summary>
public static class XmlRepair
{
    private static readonly HashSet<string> XmlEntities = ["amp", "lt", "gt", "quot", "apos"];

    public static string Repair(string xml)
    {
        var output = new StringBuilder(xml.Length + 64);
        var start = BlankProlog(xml, output);
        for (var i = start; i < xml.Length;)
        {
            if (xml[i] == '<' && StartsWith(xml, i, "<![CDATA[")) i = CopyThrough(xml, i, "]]>", output);
            else if (xml[i] == '<' && StartsWith(xml, i, "<!--")) i = CopyThrough(xml, i, "-->", output);
            else if (xml[i] == '&') i = Reference(xml, i, output);
            else
            {
                if (IsXmlChar(xml, i, out var width)) output.Append(xml, i, width);
                i += width;
            }
        }
        return output.ToString();
    }

    /// <summary>Everything before the first element is replaced by its line breaks: a declaration after a comment,
    /// or text before the declaration, is an error for XML parsers but common in the wild.</summary>
    private static int BlankProlog(string xml, StringBuilder output)
    {
        var i = 0;
        while (i < xml.Length)
        {
            var lt = xml.IndexOf('<', i);
            if (lt < 0) return xml.Length;
            string? end = StartsWith(xml, lt, "<?") ? "?>" : StartsWith(xml, lt, "<!--") ? "-->" : StartsWith(xml, lt, "<!DOCTYPE") ? ">" : null;
            if (end is null)
            {
                AppendNewlines(xml, 0, lt, output);
                return lt;
            }
            var close = xml.IndexOf(end, lt + 2, StringComparison.Ordinal);
            // A DOCTYPE with an internal subset ends at "]>".
            if (end == ">" && xml.IndexOf('[', lt) is var bracket and >= 0 && bracket < close)
                close = xml.IndexOf("]>", bracket, StringComparison.Ordinal) is var subsetEnd and >= 0 ? subsetEnd + 1 : close;
            if (close < 0)
            {
                AppendNewlines(xml, 0, lt, output);
                return lt;
            }
            i = close + end.Length;
        }
        return i;
    }

    private static void AppendNewlines(string xml, int from, int to, StringBuilder output)
    {
        for (var i = from; i < to; i++) if (xml[i] == '\n') output.Append('\n');
    }

    private static int CopyThrough(string xml, int i, string end, StringBuilder output)
    {
        var close = xml.IndexOf(end, i + 4, StringComparison.Ordinal);
        var stop = close < 0 ? xml.Length : close + end.Length;
        output.Append(xml, i, stop - i);
        return stop;
    }

    /// <summary>Handles the '&amp;' at <paramref name="i"/> and returns where to continue.</summary>
    private static int Reference(string xml, int i, StringBuilder output)
    {
        var semicolon = xml.IndexOf(';', i + 1, Math.Min(34, xml.Length - i - 1));
        if (semicolon > i + 1)
        {
            var name = xml.Substring(i + 1, semicolon - i - 1);
            if (name[0] == '#')
            {
                if (NumericValue(name) is { } value)
                {
                    if (IsXmlCodePoint(value)) output.Append("&#").Append(value).Append(';');
                    return semicolon + 1;
                }
            }
            else if (XmlEntities.Contains(name))
            {
                output.Append(xml, i, semicolon - i + 1);
                return semicolon + 1;
            }
            else if (HtmlEntity(name) is { } symbol)
            {
                foreach (var rune in symbol.EnumerateRunes()) output.Append("&#").Append(rune.Value).Append(';');
                return semicolon + 1;
            }
        }
        output.Append("&amp;");
        return i + 1;
    }

    private static string? HtmlEntity(string name)
    {
        foreach (var ch in name) if (!char.IsAsciiLetterOrDigit(ch)) return null;
        return HtmlEntityProvider.Resolver.GetSymbol(name + ";") ?? HtmlEntityProvider.Resolver.GetSymbol(name);
    }

    private static int? NumericValue(string reference)
    {
        var hex = reference.Length > 1 && reference[1] is 'x' or 'X';
        var digits = reference.AsSpan(hex ? 2 : 1);
        if (digits.Length is 0 or > 8) return null;
        if (!int.TryParse(digits, hex ? System.Globalization.NumberStyles.AllowHexSpecifier : System.Globalization.NumberStyles.None, null, out var value)) return null;
        // HTML reads &#150; as the windows-1252 character 150 (an en dash), not the C1 control U+0096.
        if (value is >= 0x80 and <= 0x9F && Windows1252((byte)value) is var mapped and not '\uFFFD') return mapped;
        return value;
    }

    private static char Windows1252(byte value) =>
        Text.EncodingLabels.Find("windows-1252")!.GetString([value]) is [var ch] ? ch : '\uFFFD';

    private static bool IsXmlCodePoint(int value) =>
        value is 0x9 or 0xA or 0xD or (>= 0x20 and <= 0xD7FF) or (>= 0xE000 and <= 0xFFFD) or (>= 0x10000 and <= 0x10FFFF);

    /// <summary>Whether the character (or surrogate pair) at i may appear in XML 1.0; width is how many chars it takes.</summary>
    private static bool IsXmlChar(string xml, int i, out int width)
    {
        var ch = xml[i];
        width = 1;
        if (char.IsHighSurrogate(ch) && i + 1 < xml.Length && char.IsLowSurrogate(xml[i + 1]))
        {
            width = 2;
            return true;
        }
        return IsXmlCodePoint(ch) && !char.IsSurrogate(ch);
    }

    private static bool StartsWith(string text, int at, string prefix) =>
        string.CompareOrdinal(text, at, prefix, 0, prefix.Length) == 0 ||
        (prefix == "<!DOCTYPE" && text.Length >= at + prefix.Length && text.AsSpan(at, prefix.Length).Equals(prefix, StringComparison.OrdinalIgnoreCase));
}
