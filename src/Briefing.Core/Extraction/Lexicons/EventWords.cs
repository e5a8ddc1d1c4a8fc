using System.Collections.Frozen;

namespace Briefing.Core.Extraction.Lexicons;

internal static partial class Lexicon
{
    /// <summary>Last words of names of events, laws and prizes ("the Iraq War", "the Affordable Care Act", "Super
    /// Tuesday" aside): such a capitalised run names no one who could speak, so it never becomes an actor.</summary>
    private static readonly WordSet EventWords = Set("""
        War Wars Revolution Olympics Games Cup Bowl Summit Convention Debate Debates Election Elections Primary Primaries
        Caucuses Act Amendment Treaty Accord Accords Doctrine Festival Prize Massacre Recession Depression Crisis Scandal
        """);

    public static bool IsEventWord(ReadOnlySpan<char> word) => Has(EventWords, word);
}
