using System.Collections.Frozen;

namespace Briefing.Core.Extraction.Lexicons;

/// <summary>What kind of attribution a cue word introduces.</summary>
[Flags]
internal enum CueFlags : byte
{
    None = 0,
    Speech = 1,
    /// <summary>A position or attitude ("backs", "wants", "believes").</summary>
    Belief = 2,
    /// <summary>The verb takes a listener before the content ("told reporters that").</summary>
    Object = 4,
    /// <summary>A base form ("say", "think"): also a noun or infinitive, so it needs a subject right before it.</summary>
    Base = 8,
    /// <summary>A participle ("saying", "adding"): shares the subject of its clause.</summary>
    Participle = 16,
    /// <summary>A past form that is also a passive participle ("was told", "was asked").</summary>
    Past = 32,
}

internal static partial class Lexicon
{
    // Each row: base third-person past participle(-ing). "-" skips a form (noun-like base forms are left out).
    private const string SpeechVerbs = """
        say says said saying|tell tells told telling|add adds added adding|argue argues argued arguing
        warn warns warned warning|insist insists insisted insisting|- refutes refuted refuting
        announce announces announced announcing|write writes wrote writing|- tweets tweeted tweeting
        - states stated stating|- notes noted noting|explain explains explained explaining|- claims claimed claiming
        ask asks asked asking|acknowledge acknowledges acknowledged acknowledging|admit admits admitted admitting
        suggest suggests suggested suggesting|declare declares declared declaring|recall recalls recalled recalling
        predict predicts predicted predicting|- promises promised promising|- pledges pledged pledging
        - vows vowed vowing|- replies replied replying|respond responds responded responding
        concede concedes conceded conceding|contend contends contended contending|assert asserts asserted asserting
        maintain maintains maintained maintaining|confirm confirms confirmed confirming|deny denies denied denying
        - reports reported reporting|reveal reveals revealed revealing|disclose discloses disclosed disclosing
        emphasize emphasizes emphasized emphasizing|stress stresses stressed stressing|observe observes observed observing
        - remarks remarked remarking|- quips quipped quipping|- jokes joked joking|complain complains complained complaining
        - laments lamented lamenting|- boasts boasted boasting|- brags bragged bragging|- charges charged charging
        allege alleges alleged alleging|- cautions cautioned cautioning|urge urges urged urging
        conclude concludes concluded concluding|continue continues continued continuing|- counters countered countering
        - comments commented commenting|- describes described describing|accuse accuses accused accusing
        criticize criticizes criticized criticizing|- blasts blasted blasting|- slams slammed slamming
        - praises praised praising|- questions questioned questioning|propose proposes proposed proposing
        - answers answered answering|- recounts recounted recounting|testify testifies testified testifying
        - hints hinted hinting|- mentions mentioned mentioning|- demands demanded demanding|- shouted shouted shouting
        reiterate reiterates reiterated reiterating|- repeats repeated repeating|- signals signaled signaling
        - speculates speculated speculating|- proclaims proclaimed proclaiming|- retorts retorted retorting
        - exclaims exclaimed exclaiming|- posts posted posting|- calls called calling
        - agrees agreed agreeing|- assures assured assuring|- reminds reminded reminding
        - informs informed informing|- indicates indicated indicating|- estimates estimated estimating
        - touts touted touting|- lauds lauded lauding|- dismisses dismissed dismissing
        - decries decried decrying|- condemns condemned condemning|- rejects rejected rejecting|- attacks attacked attacking
        - defends defended defending|- cites cited citing
        - advises advised advising|- points pointed pointing
        - pushes pushed pushing|- fires fired firing|- shoots shot shooting|- texted texted texting
        - emailed emailed emailing|- chants chanted chanting
        - sings sang singing|- labels labeled labeling|- dubs dubbed dubbing|- brands branded branding|- terms termed terming
        - likens likened likening|- compares compared comparing|- rates rated rating|- wonders wondered wondering
        - types typed typing|- mocks mocked mocking|- derides derided deriding|- rips ripped ripping|- hails hailed hailing
        - denounces denounced denouncing|- blames blamed blaming|- echoes echoed echoing|- voices voiced voicing
        - barks barked barking|- reacts reacted reacting|- yells yelled yelling|- shouts shouted shouting|- cries cried crying
        express expresses expressed expressing|- refers referred referring|- deems deemed deeming|- snaps snapped snapping
        - fumes fumed fuming|- muses mused musing|- scoffs scoffed scoffing|- sneers sneered sneering|- gushes gushed gushing
        - thunders thundered thundering|- marvels marveled marveling|- vents vented venting|- grumbles grumbled grumbling
        - puts put putting|- declines declined declining|- refuses refused refusing|show shows showed showing|- finds found finding
        - interjects interjected interjecting|- gloats gloated gloating|- presses pressed pressing|- reads read reading
        - talks talked talking|- mutters muttered muttering|- chimes chimed chiming|- whispers whispered whispering|- scolds scolded scolding
        """;

    private const string BeliefVerbs = """
        think thinks thought thinking|believe believes believed believing|want wants wanted wanting
        - supports supported supporting|oppose opposes opposed opposing|- backs backed backing
        endorse endorses endorsed endorsing|- hopes hoped hoping|- fears feared fearing|expect expects expected expecting
        worry worries worried worrying|feel feels felt feeling|know knows knew knowing|- doubts doubted doubting
        - favors favored favoring|prefer prefers preferred preferring|- plans planned planning|intend intends intended intending
        - seeks sought seeking|- considers considered considering|- sees saw seeing|understand understands understood understanding
        - wishes wished wishing|- suspects suspected suspecting
        - regards regarded regarding|- views viewed viewing|- accepts accepted accepting|- embraces embraced embracing
        """;

    // Verbs whose listener sits between cue and content.
    private static readonly WordSet ObjectVerbs = Set("""
        tell tells told telling ask asks asked asking urge urges urged urging warn warns warned warning assure assures
        assured assuring remind reminds reminded reminding inform informs informed informing accuse accuses accused
        accusing advise advises advised advising
        """);

    // Verbs (and predicate adjectives: "is critical of", "was upbeat about") that attribute only with a preposition
    // naming the topic ("spoke about the plan", "voted against it", "railed against trade deals"); "spoke to reporters", "spoke on Radio X" or "voted on Tuesday" are no statements. Row: forms : prepositions.
    private const string TopicVerbs = """
        speak speaks spoke speaking spoken : about of against out
        care cares cared caring : about
        focus focuses focused focusing focussed : on
        vote votes voted voting : for against
        campaign campaigns campaigned campaigning : for against on
        rail rails railed railing : against
        apologize apologizes apologized apologizing apologise apologises apologised : for
        advocate advocates advocated advocating : for
        lobby lobbies lobbied lobbying : for against
        disagree disagrees disagreed disagreeing : with on
        touch touches touched touching : on
        reflect reflects reflected reflecting : on
        side sides sided siding spar spars sparred sparring : with
        balk balks balked balking : at
        lash lashes lashed lashing : out
        weigh weighs weighed weighing : in
        critical supportive wary proud skeptical sceptical dismissive fond afraid scared contemptuous : of
        upbeat clear adamant vocal outspoken : about
        """;

    private static readonly WordMap<WordSet> TopicVerbPrepositions = new(BuildTopicVerbs());

    /// <summary>Whether <paramref name="word"/> is a topic verb and <paramref name="next"/> one of its prepositions.</summary>
    public static bool IsTopicCue(ReadOnlySpan<char> word, ReadOnlySpan<char> next) =>
        TopicVerbPrepositions.TryGetValue(word, out var preps) && Has(preps, next);

    private static FrozenDictionary<string, WordSet> BuildTopicVerbs()
    {
        var d = new Dictionary<string, WordSet>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in TopicVerbs.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = row.Split(':');
            var preps = Set(parts[1]);
            foreach (var form in parts[0].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                d[form] = preps;
            }
        }
        return d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static readonly WordMap<CueFlags> Cues = new(BuildCues());

    public static CueFlags CueOf(ReadOnlySpan<char> word) =>
        Cues.TryGetValue(word, out var f) ? f : CueFlags.None;

    private static FrozenDictionary<string, CueFlags> BuildCues()
    {
        var d = new Dictionary<string, CueFlags>(StringComparer.OrdinalIgnoreCase);
        Add(d, SpeechVerbs, CueFlags.Speech);
        Add(d, BeliefVerbs, CueFlags.Belief);
        foreach (var w in ObjectVerbs.Words)
        {
            if (d.TryGetValue(w, out var f))
            {
                d[w] = f | CueFlags.Object;
            }
        }
        return d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static void Add(Dictionary<string, CueFlags> d, string rows, CueFlags kind)
    {
        foreach (var row in rows.Split((char[])['|', '\n'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var f = row.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            CueFlags[] flags = [CueFlags.Base, CueFlags.None, CueFlags.Past, CueFlags.Participle];
            for (var i = 0; i < f.Length && i < 4; i++)
            {
                if (f[i] != "-" && !d.ContainsKey(f[i]))
                {
                    d[f[i]] = kind | flags[i];
                }
            }
        }
    }
}
