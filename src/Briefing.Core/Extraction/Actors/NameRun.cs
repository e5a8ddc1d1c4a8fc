using Briefing.Core.Extraction.Lexicons;
using Briefing.Core.Extraction.Text;

namespace Briefing.Core.Extraction.Actors;

/// <summary>A run of capitalised tokens split into a role part and a name part:
/// "Defense Secretary Jane Roe" → role "Defense Secretary", name "Jane Roe";
/// "Russian President Ivan Petrov" → affiliation "Russia", role "President".</summary>
/// <see cref="Based"/>: the run opened with "X-based" ("the Lisbon-based Caldera Group"), which only organisations carry.
internal readonly record struct NameRun(int First, int Last, int NameFirst, string Name, string? Role, string? Affiliation, Gender Gender, bool HasTitle,
    bool Based = false)
{
    public static NameRun? Parse(Document doc, int first, int last)
    {
        var text = doc.Text;
        // Leading sentence openers ("But", "Asked") and trailing function words are not part of a name.
        while (first < last && Lexicon.IsCapitalisedNonName(Clean(doc.Word(first))))
        {
            first++;
        }
        while (last > first && (Lexicon.IsCapitalisedNonName(Clean(doc.Word(last - 1))) || doc.WordIs(last - 1, "of")))
        {
            last--;
        }
        if (first >= last)
        {
            return null;
        }
        // "Lisbon-based Caldera Group": the place is where the organisation sits, not part of its name.
        string? basedIn = null;
        if (last - first >= 2 && doc.Word(first) is var lead && lead.EndsWith("-based", StringComparison.OrdinalIgnoreCase) && lead.Length > 6)
        {
            basedIn = lead[..^6].ToString();
            first++;
        }
        var lastTitle = -1;
        for (var t = first; t < last - 1; t++)
        {
            if (Lexicon.IsTitle(doc.Word(t)))
            {
                lastTitle = t;
            }
        }
        // "Secretary of State John Kerry": the "of X" belongs to the title.
        var nameFirst = lastTitle + 1;
        if (lastTitle < 0)
        {
            nameFirst = first;
        }
        else if (nameFirst < last - 1 && doc.WordIs(nameFirst, "of"))
        {
            nameFirst += 2;
            if (nameFirst >= last)
            {
                return null;
            }
        }
        var gender = Gender.Unknown;
        string? affiliation = null;
        List<string>? role = null; // most runs have no role words: no list for them
        for (var t = first; t < nameFirst; t++)
        {
            var w = Clean(doc.Word(t));
            var g = Lexicon.TitleGender(w);
            if (g != Gender.Unknown)
            {
                gender = g;
            }
            if (t == first && affiliation is null && Lexicon.TryDemonym(w, out var place))
            {
                affiliation = place;
                continue;
            }
            if (t == first && affiliation is null && IsAcronym(w) && nameFirst - first > 1)
            {
                affiliation = w.ToString();
                continue;
            }
            if (w is "Mr." or "Mrs." or "Ms." or "Miss" or "Mr" or "Mrs" or "Ms")
            {
                continue;
            }
            (role ??= []).Add(w.ToString());
        }
        var name = Join(doc, nameFirst, last);
        var roleText = role is null ? null : string.Join(' ', role);
        return new NameRun(first, last, nameFirst, name, roleText, affiliation ?? basedIn, gender, lastTitle >= 0, basedIn is not null);
    }

    /// <summary>The token without a possessive ending ("Roe’s" → "Roe").</summary>
    public static ReadOnlySpan<char> Clean(ReadOnlySpan<char> word)
    {
        if (word.Length > 2 && word[^1] is 's' && word[^2] is '\'' or '\u2019')
        {
            return word[..^2];
        }
        if (word.Length > 1 && word[^1] is '\'' or '\u2019')
        {
            return word[..^1];
        }
        return word;
    }

    public static bool IsAcronym(ReadOnlySpan<char> w)
    {
        if (w.Length < 2 || w.Length > 6)
        {
            return false;
        }
        foreach (var c in w)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }
        return true;
    }

    private static string Join(Document doc, int first, int last)
    {
        var parts = new string[last - first];
        for (var t = first; t < last; t++)
        {
            parts[t - first] = Clean(doc.Word(t)).ToString();
        }
        return string.Join(' ', parts);
    }
}
