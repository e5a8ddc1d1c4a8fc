using System.Text;

namespace Briefing.Web.Ingestion.Text;

/// <summary>Charset labels as browsers read them (the WHATWG Encoding Standard's label table, the parts that differ
/// from .NET's names): "iso-8859-1" and "us-ascii" mean windows-1252, "gb2312" means GBK (decoded as its superset
/// GB18030), "shift_jis" means Microsoft's code page 932. Every legacy code page comes from CodePagesEncodingProvider.</summary>
public static class EncodingLabels
{
    static EncodingLabels() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly Dictionary<string, int> CodePages = new(StringComparer.OrdinalIgnoreCase)
    {
        // Browsers decode every Latin-1 label as windows-1252: servers say ISO-8859-1 and send curly quotes in 0x80–0x9F.
        ["iso-8859-1"] = 1252, ["iso8859-1"] = 1252, ["iso_8859-1"] = 1252, ["latin1"] = 1252, ["l1"] = 1252,
        ["us-ascii"] = 1252, ["ascii"] = 1252, ["ansi_x3.4-1968"] = 1252, ["cp819"] = 1252, ["ibm819"] = 1252,
        ["iso-ir-100"] = 1252, ["cp1252"] = 1252, ["x-cp1252"] = 1252, ["windows-1252"] = 1252,
        ["iso-8859-9"] = 1254, ["latin5"] = 1254, ["iso-8859-11"] = 874, ["tis-620"] = 874,
        ["cp1250"] = 1250, ["x-cp1250"] = 1250, ["cp1251"] = 1251, ["x-cp1251"] = 1251,
        ["gb2312"] = 54936, ["gbk"] = 54936, ["x-gbk"] = 54936, ["cp936"] = 54936, ["chinese"] = 54936, ["csgb2312"] = 54936,
        ["iso-ir-58"] = 54936, ["gb18030"] = 54936, ["hz-gb-2312"] = 52936,
        ["shift_jis"] = 932, ["shift-jis"] = 932, ["sjis"] = 932, ["ms_kanji"] = 932, ["x-sjis"] = 932, ["windows-31j"] = 932,
        ["csshiftjis"] = 932, ["ms932"] = 932, ["cp932"] = 932,
        ["euc-kr"] = 949, ["ks_c_5601-1987"] = 949, ["windows-949"] = 949, ["cp949"] = 949,
        ["big5"] = 950, ["big5-hkscs"] = 950, ["x-x-big5"] = 950, ["cn-big5"] = 950,
        ["koi8-r"] = 20866, ["koi8"] = 20866, ["koi"] = 20866, ["cskoi8r"] = 20866, ["koi8-u"] = 21866, ["koi8-ru"] = 21866,
        ["macintosh"] = 10000, ["mac"] = 10000, ["x-mac-roman"] = 10000, ["x-mac-cyrillic"] = 10007,
        ["utf8"] = 65001, ["utf-8"] = 65001, ["unicode-1-1-utf-8"] = 65001,
        ["utf-16"] = 1200, ["utf-16le"] = 1200, ["unicode"] = 1200, ["ucs-2"] = 1200, ["utf-16be"] = 1201, ["unicodefffe"] = 1201,
        ["utf-32"] = 12000, ["utf-32le"] = 12000, ["utf-32be"] = 12001,
    };

    /// <summary>The encoding a label names, or null when it names none we should use (unknown, or UTF-7, which
    /// browsers refuse because it hides markup).</summary>
    public static Encoding? Find(string? label)
    {
        if (string.IsNullOrWhiteSpace(label)) return null;
        label = label.Trim().Trim('"', '\'').Trim();
        if (label.StartsWith("utf-7", StringComparison.OrdinalIgnoreCase) || label.Equals("utf7", StringComparison.OrdinalIgnoreCase)) return null;
        try
        {
            return CodePages.TryGetValue(label, out var codePage) ? Encoding.GetEncoding(codePage) : Encoding.GetEncoding(label);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    public static bool IsUnicode(Encoding encoding) => encoding.CodePage is 1200 or 1201 or 12000 or 12001 or 65001;
}
