using System.Globalization;
using System.Text;

namespace Briefing.Data.Actors;

/// <summary>Lookup keys for names: case, accents and punctuation folded, so "Zelenskyy" and "ZELENSKYY" meet.</summary>
public static class NameKeys
{
    public static string Normalize(string name)
    {
        var builder = new StringBuilder(name.Length);
        var lastWasSpace = true;
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
                lastWasSpace = false;
            }
            else if (!lastWasSpace && (char.IsWhiteSpace(c) || c is '-' or '–'))
            {
                builder.Append(' ');
                lastWasSpace = true;
            }
        }
        return builder.ToString().TrimEnd();
    }

    /// <summary>A readable URL id: "Pete Hegseth" → "pete-hegseth".</summary>
    public static string Slug(string name)
    {
        var slug = Normalize(name).Replace(' ', '-');
        return slug.Length == 0 ? "actor" : slug.Length > 60 ? slug[..60] : slug;
    }
}
