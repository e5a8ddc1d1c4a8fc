using Briefing.Core.Extraction.Lexicons;
using Briefing.Core.Extraction.Quotes;
using Briefing.Core.Extraction.Text;

namespace Briefing.Core.Extraction.Attribution;

/// <summary>NamingFrameQuote: "Poe has been called the “harbour hawk”", "the ad, titled “Tide Turns,”", "Roe hailed the
/// deal as a “breakthrough”", "Roe has used the phrase “tide tax”" — a short cue-less quote right after a naming verb,
/// a naming noun or "as" (over a determiner, an object pronoun or a comma) gives a phrase someone uses for a thing.
/// The scare-quote filters (determiner, title case) drop such quotes, yet annotators mark about two in three of them
/// (train 32 of 47; scripts/scare-quotes.py), where a learned model over the other scare quotes found no subset
/// reliably above half.</summary>
internal static class NamingFrame
{
    private const int MaxWordsBack = 3;

    private static readonly Lexicons.WordSet NamingVerbs = Lexicon.Set("""
        called call calls calling dubbed dub dubs dubbing named naming titled entitled labeled labelled labeling
        labelling label labels branded brands branding termed nicknamed known described describes describing deemed designated
        """);

    /// <summary>"has used the phrase “…”", "ran on the slogan “…”": a noun that names words someone uses.</summary>
    private static readonly Lexicons.WordSet NamingNouns = Lexicon.Set(
        "phrase phrases term terms word words slogan slogans moniker nickname nicknames motto mantra catchphrase");

    /// <summary>Words that may stand between the frame word and the quote: "called him the “…”", "known as a “…”".</summary>
    private static readonly Lexicons.WordSet Between = Lexicon.Set(
        "the a an his her their its our my your him them it this that these those us me");

    /// <summary>"such as “ambassador”", "so as not to “waste”" list or qualify: no one's name for the thing.</summary>
    private static readonly Lexicons.WordSet NotFrameBeforeAs = Lexicon.Set("such so same well");

    /// <summary>The quote follows a naming verb, a naming noun or a naming "as", in its paragraph.</summary>
    public static bool Introduces(Document doc, QuoteSpan q)
    {
        var text = doc.Text;
        var e = q.Start;
        for (var item = 0; item < MaxWordsBack; item++)
        {
            while (e > 0 && text[e - 1] == ' ')
            {
                e--;
            }
            if (e > 0 && text[e - 1] == ',')
            {
                e--;
                continue;
            }
            var b = e;
            while (b > 0 && (char.IsLetter(text[b - 1]) || text[b - 1] is '-' or '\'' or '\u2019'))
            {
                b--;
            }
            if (b == e)
            {
                return false;
            }
            var word = text.AsSpan(b, e - b);
            if (Lexicon.Has(NamingVerbs, word) || Lexicon.Has(NamingNouns, word))
            {
                return true;
            }
            if (word.Equals("as", StringComparison.OrdinalIgnoreCase))
            {
                // "…, as the “autopsy” recommended", "As the “…” movement grows": after a comma or opening the
                // sentence, "as" is a conjunction, not a naming frame; it needs a word before it.
                var before = WordBefore(text, b);
                return before.Length > 0 && char.IsLower(text[b]) && !Lexicon.Has(NotFrameBeforeAs, before);
            }
            if (!Lexicon.Has(Between, word))
            {
                return false;
            }
            e = b;
        }
        return false;
    }

    private static ReadOnlySpan<char> WordBefore(string text, int position)
    {
        var e = position;
        while (e > 0 && text[e - 1] == ' ')
        {
            e--;
        }
        var b = e;
        while (b > 0 && char.IsLetter(text[b - 1]))
        {
            b--;
        }
        return text.AsSpan(b, e - b);
    }
}
