using System.Collections.Frozen;

namespace Briefing.Core.Extraction.Lexicons;

internal static partial class Lexicon
{
    // MoreCueVerbs: verbs of communication and stance that annotators of news attribution mark as cues about as often as
    // not ("offered no details", "thanked the crews for …", "lambasted the plan"), and adjectives of intent before
    // "to" ("eager to", "reluctant to"), and base forms that are also nouns ("support", "fear"), which count only after
    // an auxiliary, a quantity or a plural subject ("would support", "Two-thirds support"). Same row format as the main table. Kept apart so the rule can be switched off.
    private const string MoreSpeechVerbs = """
        - - offered offering|- - listed -|- identifies identified -|- - requested requesting
        - pleads pleaded pleading|- - thanked thanking|- - highlighted highlighting|- remembers remembered remembering
        - - referenced referencing|- retweets retweeted retweeting|- lambastes lambasted lambasting
        - assails assailed assailing|- - projected -|- encourages encouraged -|- - ordered -
        - threatens threatened -|- - challenged -|discuss discusses discussed discussing
        - invokes invoked invoking|- recommends recommended recommending|- - documented -
        - portrays portrayed portraying|- - disputed disputing|- renounces renounced renouncing|- downplays downplayed downplaying
        - ridicules ridiculed ridiculing|- chides chided chiding|- berates berated berating|- rebukes rebuked rebuking
        - - lectured lecturing|- vouches vouched vouching|- - persuaded -|- articulates articulated articulating
        - - interpreted -|- - outlined outlining|- mulls mulled mulling|- - knocked -|- distances distanced distancing
        - - attributed -|- - billed -|- - shown -|- - sounded -
        - nominates nominated -|- unveils unveiled unveiling|- champions championed championing
        - applauds applauded applauding|forecast forecasts - forecasting|rebut rebuts rebutted rebutting
        - utters uttered uttering|- bemoans bemoaned bemoaning|- alludes alluded alluding|- congratulates congratulated congratulating
        - credits credited crediting|- - reprimanded -|- approves approved approving|promote promotes promoted promoting
        mention|cite|tout|praise|blame|describe|demand|question|reject|condemn|defend|dismiss|pledge
        - - debated debating|- - sparred sparring|- - negotiated negotiating|justify justifies justified justifying
        - details detailed detailing|- paints painted painting|- shrugs shrugged shrugging|- - brushed -
        - recognizes recognized recognizing|- acquiesces acquiesced acquiescing|- underscores underscored underscoring
        - imagines imagined imagining|- realizes realized realizing|disavow disavows disavowed disavowing
        - envisions envisioned envisioning|- - opted -|- pivots pivoted pivoting|- pronounces pronounced -
        - withdraws withdrew -|contemplate contemplates contemplated contemplating|- - disliked -
        - presents presented presenting|boast
        vow|indicate|portray|denounce|decry|hail|reiterate|mock|echo|dispute|downplay|ridicule
        """;

    private const string MoreBeliefVerbs = """
        - eager eager -|- reluctant reluctant -|- inclined inclined -|- willing willing -|- unwilling unwilling -
        - determined determined -|- loath loath -|- keen keen -
        support|favor|hope|fear|doubt|seek|suspect|wish|plan
        """;

    private static readonly WordMap<CueFlags> MoreCues = new(BuildMoreCues());

    /// <summary>A cue of the extended table; adjectives of intent count only before "to" (the caller checks).</summary>
    public static CueFlags MoreCueOf(ReadOnlySpan<char> word) =>
        MoreCues.TryGetValue(word, out var f) ? f : CueFlags.None;

    private static readonly WordSet IntentAdjectives = Set("eager reluctant inclined willing unwilling determined loath keen");

    public static bool IsIntentAdjective(ReadOnlySpan<char> word) => Has(IntentAdjectives, word);

    private static FrozenDictionary<string, CueFlags> BuildMoreCues()
    {
        var d = new Dictionary<string, CueFlags>(StringComparer.OrdinalIgnoreCase);
        Add(d, MoreSpeechVerbs, CueFlags.Speech);
        Add(d, MoreBeliefVerbs, CueFlags.Belief);
        return d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
