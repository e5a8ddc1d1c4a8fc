using System.Collections.Frozen;

namespace Briefing.Core.Extraction.Lexicons;

/// <summary>Words that show a verb has a subject before it even when no name or speaker noun stands there:
/// auxiliaries ("would not say"), quantities ("42 percent say", "Some said", "one in three said") and plural nouns
/// ("Chinese traders say").</summary>
internal static partial class Lexicon
{
    private static readonly WordSet Auxiliaries = Set("""
        would will could should might may must can do does did shall 'd 'll ’d ’ll
        """);

    // Adverbs that sit between a subject (or auxiliary) and its verb: "also say", "would not say", "did not
    // directly say"; any other word ending in -ly is taken as one too.
    private static readonly WordSet VerbAdverbs = Set("""
        not also still now often all both even just only never always already too each again then mostly largely
        generally really actually rather first later since long repeatedly
        """);

    private static readonly WordSet Quantities = Set("""
        some others many most few several all both each half percent majority minority plurality none third thirds
        quarter quarters fifth fifths two-thirds three-fourths three-quarters one-third one-fourth one-quarter
        everyone everybody nobody someone somebody anyone either neither one two three four five six seven eight nine
        ten dozen dozens hundreds thousands millions
        """);

    // Function words ending in -s that are no plural nouns.
    private static readonly WordSet NotPlurals = Set("""
        this his hers its ours yours theirs is was has does goes says thus always perhaps unless whereas across towards
        besides afterwards sometimes nevertheless nonetheless less unless regardless plus minus versus news series
        politics economics physics species means us yes bus campus status bonus census
        """);

    /// <summary>"would", "didn't", "won’t": a modal or do-auxiliary, negated or not.</summary>
    public static bool IsAuxiliary(ReadOnlySpan<char> w) =>
        Has(Auxiliaries, w) || w.Length > 3 && (w.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || w.EndsWith("n’t", StringComparison.OrdinalIgnoreCase));

    /// <summary>"also", "not", "publicly": an adverb that may stand between a subject and its verb.</summary>
    public static bool IsVerbAdverb(ReadOnlySpan<char> w) =>
        Has(VerbAdverbs, w) || w.Length > 4 && w.EndsWith("ly", StringComparison.OrdinalIgnoreCase) && !w.Equals("only", StringComparison.OrdinalIgnoreCase);

    /// <summary>"some", "percent", "half", "three": a quantity that can be the subject of a verb on its own.</summary>
    public static bool IsQuantity(ReadOnlySpan<char> w) => Has(Quantities, w);

    /// <summary>A lower-case word that looks like a plural noun ("traders", "confidants"), not a function word.</summary>
    public static bool LooksPlural(ReadOnlySpan<char> w) =>
        w.Length >= 4 && w[^1] is 's' && w[^2] is not 's' and not 'u' and not '\'' and not '\u2019' && char.IsLower(w[0]) && !Has(NotPlurals, w);
}

internal static partial class Lexicon
{
    /// <summary>"he’s", "they're", "I'd", "we'll": a subject pronoun fused with a contracted auxiliary (the tokenizer keeps
    /// "he’s" as one word, which otherwise reads as a possessive). "it's" is left out: it opens "it's unclear".</summary>
    public static bool IsContractedPronoun(ReadOnlySpan<char> word, out Gender gender)
    {
        gender = Gender.Unknown;
        var a = word.IndexOfAny('\'', '\u2019');
        if (a <= 0 || a > 4 || word[..a].Equals("it", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var rest = word[(a + 1)..];
        return (rest.Equals("s", StringComparison.OrdinalIgnoreCase) || rest.Equals("re", StringComparison.OrdinalIgnoreCase)
                || rest.Equals("ve", StringComparison.OrdinalIgnoreCase) || rest.Equals("d", StringComparison.OrdinalIgnoreCase)
                || rest.Equals("ll", StringComparison.OrdinalIgnoreCase) || rest.Equals("m", StringComparison.OrdinalIgnoreCase))
               && IsSubjectPronoun(word[..a], out gender);
    }
}
