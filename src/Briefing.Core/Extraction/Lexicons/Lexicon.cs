using System.Collections.Frozen;

namespace Briefing.Core.Extraction.Lexicons;

/// <summary>Small frozen word lists, written by hand from a study of news prose (no article text).
/// Lookups take spans so the hot path allocates nothing.</summary>
internal static partial class Lexicon
{
    internal static WordSet Set(string words) =>
        new(words.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.OrdinalIgnoreCase));

    internal static bool Has(WordSet set, ReadOnlySpan<char> word) => set.Contains(word);

    /// <summary>"the", "a", "an".</summary>
    internal static readonly WordSet Articles = Set("the a an");

    private static readonly WordSet Abbreviations = Set("""
        Mr Mrs Ms Dr Sen Sens Rep Reps Gov Govs Lt Col Gen Adm Sgt Capt Maj Cmdr Cpl Pvt St Jr Sr Prof Rev Hon Gens
        Jan Feb Mar Apr Jun Jul Aug Sept Sep Oct Nov Dec No vs etc Inc Corp Co Ltd Mt Ft Ave Blvd Dept Univ Assn Bros
        Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev Okla Ore
        Pa Tenn Tex Va Vt Wash Wis Wyo Supt Pres Gov Messrs Mmes Msgr Fr Atty
        """);

    /// <summary>"Mr", "Sen", a single capital initial, or a dotted form like "U.S" / "a.m".</summary>
    public static bool IsAbbreviation(ReadOnlySpan<char> word)
    {
        if (word.Length == 1)
        {
            return char.IsUpper(word[0]);
        }
        return word.Contains('.') || Has(Abbreviations, word);
    }

    /// <summary>Capitalised words that are not names: sentence openers, function words, days, months.</summary>
    private static readonly WordSet CapitalisedNonNames = Set("""
        The A An But And Or Nor So As In On At For With After Before When While If Although Though It This That These
        Those There Here He She They We I You His Her Hers Their Our Its My Your Asked Speaking According Ahead Still Yet
        However Meanwhile Also Now Then Today Yesterday Tomorrow Tonight What Why How Who Whom Whose Where Which Not No Yes
        Many Some Most All Both Each Every One Two Three Four Five Six Seven Eight Nine Ten Even Just Only Once Since Until
        During From To Of By Over Under Like Unlike Despite Because Among Between Through Without Within Instead Indeed Last
        Next First Another Other Such Much More Less Few Several Monday Tuesday Wednesday Thursday Friday Saturday Sunday
        January February March April May June July August September October November December Jan. Feb. Mar. Apr. Aug.
        Sept. Sep. Oct. Nov. Dec. Later Earlier Already Again Never Always Perhaps Maybe Well Oh Please
        Thank Thanks Do Does Did Is Are Was Were Be Been Has Have Had Will Would Can Could Should Must Might Let Here
        Whether Whatever Whoever Whenever Wherever Sure Really Actually Certainly Clearly Obviously Finally Overall Either
        Neither Around About Above Below Against Along Across Behind Beyond Into Onto Upon Off Out Up Down Near Per Via
        Amid Amidst Toward Towards Except Plus Minus Regardless Meantime Nevertheless Nonetheless Otherwise Therefore
        Thus Hence Moreover Furthermore Additionally Besides Rather Recently Currently Previously Separately Similarly
        Similarly Specifically Notably Importantly Interestingly Ultimately Initially Eventually Apparently Reportedly
        Democrats Republicans Americans Democrat Republican Democratic Conservatives Liberals Conservative Liberal
        Photo Video Watch Read Related Update Updated Advertisement Click Follow Share Sign Subscribe Editor Note
        """);

    public static bool IsCapitalisedNonName(ReadOnlySpan<char> word) => Has(CapitalisedNonNames, word);

    private static readonly WordSet Weekdays = Set("""
        Monday Tuesday Wednesday Thursday Friday Saturday Sunday today yesterday tomorrow tonight morning afternoon
        evening night week month year weekend January February March April May June July August September October
        November December Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sept. Sep. Oct. Nov. Dec.
        """);

    public static bool IsTimeWord(ReadOnlySpan<char> word) => Has(Weekdays, word);

    private static readonly WordSet TimeSubordinators = Set("while before after when without");

    /// <summary>"while", "before", "without": a time subordinator, which gives a participle after it a clause of its own
    /// ("…, while chanting, “…”", "before adding …").</summary>
    public static bool IsTimeSubordinator(ReadOnlySpan<char> word) => Has(TimeSubordinators, word);
}
