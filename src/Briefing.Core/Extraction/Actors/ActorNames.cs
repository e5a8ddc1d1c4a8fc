using System.Globalization;
using System.Text;

namespace Briefing.Core.Extraction.Actors;

/// <summary>Pure helpers for cross-article actor identity.
/// <see cref="Normalize"/> folds case, accents, punctuation and a possessive so lookups agree.
/// <see cref="LikelySame"/> is conservative: equal after normalising; a surname-only form against a full name
/// ("Roe" ~ "Jane Roe") only when the caller says the kinds agree and both are people; and spelling variants
/// at edit distance 1 of surnames of 7+ letters ("Ostrandar" ~ "Ostrander"), first names equal when both given.</summary>
public static class ActorNames
{
    public static string Normalize(string name)
    {
        var trimmed = name.Trim();
        if (trimmed.EndsWith("'s", StringComparison.Ordinal) || trimmed.EndsWith("\u2019s", StringComparison.Ordinal))
        {
            trimmed = trimmed[..^2];
        }
        var decomposed = trimmed.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (char.IsLetterOrDigit(c))
            {
                if (space && sb.Length > 0)
                {
                    sb.Append(' ');
                }
                sb.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else if (c is '\'' or '\u2019' or '.')
            {
                // "O'Brien" -> "obrien", "U.S." -> "us": these marks join, they do not separate.
            }
            else
            {
                space = true;
            }
        }
        var s = sb.ToString();
        return s.EndsWith(" s", StringComparison.Ordinal) ? s[..^2] : s;
    }

    /// <summary>True when two names very likely denote the same actor (see the class summary).
    /// Pass <paramref name="samePersonKind"/> = true only when both are known to be people.</summary>
    public static bool LikelySame(string a, string b, bool samePersonKind = true)
    {
        var na = Normalize(a);
        var nb = Normalize(b);
        if (na.Length == 0 || nb.Length == 0)
        {
            return false;
        }
        if (na == nb)
        {
            return true;
        }
        var ta = na.Split(' ');
        var tb = nb.Split(' ');
        if (!samePersonKind)
        {
            return false;
        }
        var sa = ta[^1];
        var sb = tb[^1];
        var surnameMatch = sa == sb || (Math.Min(sa.Length, sb.Length) >= 7 && EditDistanceAtMostOne(sa, sb));
        if (!surnameMatch)
        {
            return false;
        }
        // Surname only on one side: same person. Both with first names: the first names must agree.
        if (ta.Length == 1 || tb.Length == 1)
        {
            return true;
        }
        return ta[0] == tb[0];
    }

    internal static bool EditDistanceAtMostOne(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }
        var i = 0;
        var j = 0;
        var edits = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                i++;
                j++;
                continue;
            }
            if (++edits > 1)
            {
                return false;
            }
            if (a.Length > b.Length)
            {
                i++;
            }
            else if (a.Length < b.Length)
            {
                j++;
            }
            else
            {
                i++;
                j++;
            }
        }
        return edits + (a.Length - i) + (b.Length - j) <= 1;
    }
}
