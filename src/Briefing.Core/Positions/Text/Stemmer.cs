namespace Briefing.Core.Positions.Text;

/// <summary>A light English suffix stripper: enough to see that "subsidies", "subsidized" and "subsidize", or
/// "contraceptive" and "contraception", share a word, without a dictionary. Not a full Porter stemmer: it strips
/// one inflectional or derivational ending and keeps at least four letters, so short words stay as they are.</summary>
internal static class Stemmer
{
    private const int MinStem = 4;

    // Longest first: the first ending that fits is stripped.
    private static readonly string[] Endings =
    [
        "izations", "isations", "ization", "isation", "ations", "itions", "ation", "ition", "ments", "ities", "ingly",
        "ively", "ness", "ment", "ions", "ives", "ings", "ised", "ized", "ises", "izes", "ists", "isms", "ers", "ies",
        "ied", "ion", "ive", "ity", "ing", "ise", "ize", "ist", "ism", "ally", "ous", "ed", "es", "er", "ly", "al", "s", "e", "y",
    ];

    /// <summary>The stem of <paramref name="word"/>, lower-cased, without a possessive "'s".</summary>
    public static string Stem(ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[word.Length];
        var n = word.ToLowerInvariant(lower);
        var w = lower[..n];
        if (w.EndsWith("'s") || w.EndsWith("’s")) w = w[..^2];
        foreach (var ending in Endings)
            if (w.Length - ending.Length >= MinStem && w.EndsWith(ending)) return new string(w[..^ending.Length]);
        return new string(w);
    }
}
