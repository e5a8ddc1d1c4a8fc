using Briefing.Core.Positions.Text;

namespace Briefing.Core.Positions;

/// <summary>How a text evaluates what it talks about, from general evaluative language only: "harms", "unfair",
/// "a waste" (−); "improves", "effective", "a right" (+). A negation within three words before flips a word
/// ("not effective"). Used where the cue analysis finds no stance toward the topic's keywords: the statement's
/// evaluation, read against the polarity of the topic's proposition ("ban X" is against X), is a weak zero-shot
/// reading of its stance.</summary>
public static class Evaluation
{
    private static readonly string[] Positive =
    [
        "good", "great", "better", "best", "benefit*", "beneficial", "improv*", "help", "helps", "helped", "helping",
        "helpful", "useful", "effective", "efficient", "success*", "positive", "valuable", "worthwhile", "fair",
        "justified", "justifiable", "legitimate", "reasonable", "rational", "appropriate", "responsible", "ethical",
        "moral", "safe", "safer", "protect*", "promot*", "encourag*", "enhanc*", "strengthen*", "advantage*",
        "opportunit*", "freedom*", "liberty", "healthy", "prosper*", "progress", "innovat*", "stable", "stability",
        "empower*", "equality", "enjoy*", "happy", "happiness", "welfare", "wellbeing", "well being", "boost*",
        "enabl*", "allow*", "right to", "rights", "deserv*", "achiev*", "solv*", "solution*", "save", "saves",
        "saved", "saving", "affordab*", "clean", "cleaner", "creat* jobs", "growth", "thriv*", "fulfil*", "support*",
        "contribut*", "increas* participation", "participat*", "access to", "transparen*", "accountab*", "honest*",
        "peaceful", "prevent*", "reduc* crime", "reduc* poverty", "cure*", "educat*", "inform*", "respect*",
        "secure", "trust*", "valid", "vital", "essential", "necessary", "important", "crucial", "key", "needed",
        "legal", "lawful", "constructive", "productive", "sustainab*", "renewable", "cheap*", "low cost",
        "gain", "gains", "net gain", "flexib*", "robust", "reliable", "quality", "superior", "excellent", "ideal",
        "fruitful", "meaningful", "dignity", "justice", "peace", "compassion*", "creativ*", "accessible", "convenien*",
        "comfort*", "relief", "recover*", "attractive", "popular", "prais*", "wealth*", "profitab*", "competitive",
        "independen*", "autonomy", "capable", "able to", "dynamic", "resilien*", "vibrant", "fairness", "fairer",
    ];

    private static readonly string[] Negative =
    [
        "bad", "worse", "worst", "harm*", "damag*", "destroy*", "destruct*", "danger*", "risk*", "threat*", "hurt*",
        "negative", "ineffective", "inefficient", "fail*", "problem*", "costly", "expensive", "waste*", "wrong",
        "unfair", "unjust", "unjustified", "illegal", "immoral", "unethical", "corrupt*", "abus*", "violat*",
        "violen*", "kill*", "death*", "die", "dies", "died", "disease*", "addict*", "poverty", "crime*", "criminal*",
        "unsafe", "undermin*", "weaken*", "discriminat*", "exploit*", "suffer*", "pain*", "unemploy*", "inequalit*",
        "conflict*", "war", "wars", "terror*", "oppress*", "censor*", "restrict*", "ban", "bans", "banned", "banning",
        "prohibit*", "forbid*", "forbidden", "abolish*", "abolition", "outlaw*", "criminali*", "lack*", "loss*",
        "lose", "loses", "losing", "lost", "decline*", "useless", "pointless", "unnecessary", "excessive", "burden*",
        "toxic", "pollut*", "disrupt*", "chaos", "chaotic", "collaps*", "cruel*", "irresponsible", "unreasonable",
        "mislead*", "manipulat*", "deceiv*", "decept*", "lie", "lies", "fraud*", "unconstitutional", "offensive",
        "insult*", "hate", "hatred", "racis*", "sexis*", "extremis*", "inhumane", "unhealthy", "obes*", "abandon*",
        "neglect*", "ignor*", "deny", "denies", "denied", "denial", "reject*", "oppos*", "against", "stop", "end",
        "disband*", "cut", "cuts", "slash*", "deter*", "discourag*", "hinder*", "imped*", "obstacle*", "barrier*",
        "unstable", "instability", "insecur*", "vulnerab*", "exclud*", "exclusion", "marginali*", "stifl*",
        "distort*", "bias*", "unpopular", "unaffordable", "debt*", "deficit*", "inflation", "tax burden",
        "adverse", "disadvantag*", "ruin*", "invad*", "invasion", "aggressi*", "displac*", "paralys*", "paralyz*",
        "sin", "sinful", "inadequa*", "gridlock", "monopol*", "fear*", "anxiety", "stress", "depress*", "recession*",
        "harsh", "severe", "poor", "poorly", "weak", "weakness*", "inferior", "fragile", "flaw*", "defect*",
        "error*", "mistake*", "misuse*", "scandal*", "crisis", "crises", "catastroph*", "disaster*", "tragic",
        "tragedy", "evil", "wicked", "shameful", "disgrace*", "unequal", "injustice*", "injur*", "misery",
        "miserable", "hostil*", "anger", "angry", "worsen*", "deteriorat*", "erod*", "erosion", "degrad*",
        "contaminat*", "inhibit*", "obstruct*", "interfer*", "intrusive", "invasive", "unreliable", "inaccura*",
        "misinformation", "propaganda", "brainwash*", "coerc*", "impos*", "overcrowd*", "congest*", "noisy",
        "dirty", "squander*", "overpriced", "scarcity", "shortage*", "starv*", "hunger", "homeless*", "evict*",
    ];

    private static readonly string[] Negators =
        ["not", "no", "never", "without", "cannot", "nor", "hardly", "neither", "lack", "lacks", "fails to", "failed to", "fail to"];

    /// <summary>Verbs that turn what follows: reducing a harm is good, reducing a good is bad ("cuts crime",
    /// "limits access"). A shifter that turns a word is not counted itself; nor is an amplifier (below).</summary>
    private static readonly string[] Shifters =
    [
        "reduc*", "lower", "lowers", "lowered", "lowering", "decreas*", "diminish*", "curb*", "cut", "cuts", "cutting",
        "limit*", "lessen*", "alleviat*", "mitigat*", "combat*", "fight", "fights", "fighting", "tackl*", "eliminat*",
        "eradicat*", "prevent*", "avoid*", "stop", "stops", "stopped", "stopping", "end", "ends", "ended", "ending",
        "remov*", "minimi*", "overcom*", "reliev*", "protect* against", "protect* from", "guard* against", "free from",
    ];

    /// <summary>Verbs that pass on what follows: more of a harm is bad ("encourages crime", "promotes violence").</summary>
    private static readonly string[] Amplifiers =
    [
        "increas*", "encourag*", "promot*", "boost*", "enhanc*", "strengthen*", "rais*", "caus*", "lead to",
        "leads to", "led to", "leading to", "creat*", "produc*", "fuel*", "foster*", "spread*", "generat*", "bring*",
        "result in", "results in", "resulted in", "contribut* to",
    ];

    private static readonly PhraseLexicon Lexicon = new([.. Positive, .. Negative, .. Negators]);
    private static readonly PhraseLexicon ShifterLexicon = new([.. Shifters, .. Amplifiers]);
    private static readonly int NegatorStart = Positive.Length + Negative.Length;

    /// <summary>The evaluation of <paramref name="text"/>: the sum of +1 / −1 per evaluative word (negated ones
    /// flipped), and the words counted. <paramref name="ofRestriction"/>: the statement speaks of a restriction
    /// (<see cref="RestrictionFrame"/>), so its restriction words ("ban", "regulation") are its subject, not counted.</summary>
    public static (int Sum, int Count, IReadOnlyList<string> Words) Of(string text, bool ofRestriction = false)
    {
        var tokens = Tokenizer.Tokenize(text);
        var matches = new List<LexMatch>();
        Lexicon.Match(text, tokens, matches);
        var kept = PhraseLexicon.Longest(matches);
        if (ofRestriction)
        {
            var subject = RestrictionFrame.Spans(text, tokens);
            kept.RemoveAll(m => m.Entry < NegatorStart && subject.Exists(r => r.FirstToken <= m.FirstToken && m.LastToken <= r.LastToken));
        }
        var negators = NegatorEnds(text, tokens, kept);
        var shifters = new List<LexMatch>();
        ShifterLexicon.Match(text, tokens, shifters);
        var shiftedBy = kept.ToDictionary(m => m, m => m.Entry < NegatorStart ? Before(tokens, shifters, m.FirstToken) : null);
        int sum = 0, count = 0;
        var words = new List<string>();
        foreach (var m in kept)
        {
            if (m.Entry >= NegatorStart) continue;
            // A shifter that turns a later word is spent on it ("prevents disease": one positive reading).
            if (shiftedBy.Values.Any(s => s is { } used && used.FirstToken <= m.FirstToken && m.LastToken <= used.LastToken)) continue;
            var negated = Negated(tokens, negators, m.FirstToken);
            var shifter = shiftedBy[m];
            var sign = (m.Entry < Positive.Length ? 1 : -1) * (negated ? -1 : 1) * (shifter is { } t && t.Entry < Shifters.Length ? -1 : 1);
            sum += sign;
            count++;
            var span = text[tokens[shifter?.FirstToken ?? m.FirstToken].Start..tokens[m.LastToken].End];
            words.Add(negated ? "not " + span : span);
        }
        return (sum, count, words);
    }

    /// <summary>+1 when the proposition favours what it names ("promote X", "X is justified"), −1 when it is against
    /// it ("ban X", "X is harmful", "justified in forbidding X"): the product of its evaluative words' signs. Words
    /// inside the topic's <paramref name="keywords"/> name the subject, not what the proposition says of it: in
    /// "Holocaust denial should be a criminal offence" only "criminal" counts, not "denial".</summary>
    public static int PolarityOf(string proposition, IReadOnlyList<string>? keywords = null)
    {
        var tokens = Tokenizer.Tokenize(proposition);
        var matches = new List<LexMatch>();
        Lexicon.Match(proposition, tokens, matches);
        var kept = PhraseLexicon.Longest(matches);
        if (keywords is { Count: > 0 })
        {
            var subject = SubjectSpans(proposition, tokens, keywords);
            kept.RemoveAll(m => m.Entry < NegatorStart && subject.Exists(k => k.FirstToken <= m.FirstToken && m.LastToken <= k.LastToken));
        }
        var negators = NegatorEnds(proposition, tokens, kept);
        var sign = 1;
        foreach (var m in kept)
        {
            if (m.Entry >= NegatorStart) continue;
            if ((m.Entry < Positive.Length) == Negated(tokens, negators, m.FirstToken)) sign = -sign;
        }
        // A negation with nothing evaluative after it still turns the proposition ("should not subsidize X").
        if (kept.TrueForAll(m => m.Entry >= NegatorStart) && negators.Count > 0) sign = -sign;
        return sign;
    }

    /// <summary>Token ranges of the proposition that its keywords name (a keyword that covers every word of the
    /// proposition is no subject: the proposition would have nothing left to say).</summary>
    private static List<LexMatch> SubjectSpans(string proposition, Token[] tokens, IReadOnlyList<string> keywords)
    {
        var phrases = keywords.Where(k => PhraseLexicon.Validate(k) is null).ToArray();
        var found = new List<LexMatch>();
        if (phrases.Length == 0) return found;
        new PhraseLexicon(phrases).Match(proposition, tokens, found);
        var words = tokens.Count(t => t.Kind == TokenKind.Word);
        found.RemoveAll(k => tokens[k.FirstToken..(k.LastToken + 1)].Count(t => t.Kind == TokenKind.Word) >= words);
        return found;
    }

    /// <summary>Last token of every negation: the lexicon's and contracted ones ("won’t", "isn't").</summary>
    private static List<int> NegatorEnds(string text, Token[] tokens, List<LexMatch> kept)
    {
        var ends = new List<int>();
        foreach (var m in kept) if (m.Entry >= NegatorStart) ends.Add(m.LastToken);
        for (var t = 0; t < tokens.Length; t++)
            if (tokens[t].Kind == TokenKind.Word && Tokenizer.IsContractedNegation(text.AsSpan(tokens[t].Start, tokens[t].Length))) ends.Add(t);
        return ends;
    }

    /// <summary>The shifter ending within three words before token <paramref name="first"/> (not across a comma).</summary>
    private static LexMatch? Before(Token[] tokens, List<LexMatch> shifters, int first)
    {
        foreach (var s in shifters)
        {
            if (s.LastToken >= first || first - s.LastToken > 3) continue;
            var clear = true;
            for (var t = s.LastToken + 1; t < first; t++) if (tokens[t].Kind != TokenKind.Word) clear = false;
            if (clear) return s;
        }
        return null;
    }

    /// <summary>A negation within three words before, not across a comma or a sentence break.</summary>
    private static bool Negated(Token[] tokens, List<int> negators, int first)
    {
        foreach (var n in negators)
        {
            if (n >= first || first - n > 3) continue;
            var clear = true;
            for (var t = n + 1; t < first; t++) if (tokens[t].Kind != TokenKind.Word) clear = false;
            if (clear) return true;
        }
        return false;
    }
}
