using System.Collections.Frozen;
using Briefing.Core.Extraction;
using Briefing.Core.Positions.Text;
using Briefing.Core.Watchlists;

namespace Briefing.Core.Positions;

/// <summary>Decides a statement's stance toward a topic's proposition from cue words, shallowly but explainably.
/// The statement is cut into clauses (commas, dashes, "but", relative "that"); in each clause holding the topic's
/// keywords the polarity is the product of its evaluative predicates ("reject" −, "vital" +; coordinated ones such
/// as "ahistorical and false" count once) and of the sign of its content (proposition phrases such as "retake" +,
/// "cede" −). A negation flips the next cue or topic phrase within five words ("won’t be rolled
/// back"); a negation with nothing to flip is ignored ("is not a concession"). Hedges lower confidence. Only clauses
/// that name the topic count: a clause without cues gives no evidence, and a context-only match (the topic named only
/// outside the statement) is always Unclear. No cue, no stance: the answer is then <see cref="Stance.Unclear"/>.</summary>
public sealed partial class StanceClassifier
{
    private const int NegationWindow = 5;
    private const double HedgeFactor = 0.75;

    private static readonly PhraseLexicon BuiltIn = new(StanceLexicon.Entries.Select(e => e.Phrase).ToArray());
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ComplementTakers =
        FrozenSet.Create(StringComparer.OrdinalIgnoreCase, StanceLexicon.ComplementTakers).GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ClauseBreakers =
        FrozenSet.Create(StringComparer.OrdinalIgnoreCase, StanceLexicon.ClauseBreakers).GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Relatives =
        FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "that", "which", "who", "whom").GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Coordinators =
        FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "and", "or", "nor", "also", "even", "very", "utterly", "completely")
            .GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly FrozenDictionary<string, (PhraseLexicon Lexicon, CueEntry[] Entries)> _topicCues;

    public StanceClassifier(IReadOnlyList<WatchedTopic> topics)
    {
        ArgumentNullException.ThrowIfNull(topics);
        var byTopic = new Dictionary<string, (PhraseLexicon, CueEntry[])>(StringComparer.OrdinalIgnoreCase);
        foreach (var topic in topics)
        {
            var entries = new List<CueEntry>();
            foreach (var cue in topic.SupportCues ?? []) entries.Add(new CueEntry(cue, CueClass.ContentFor, 0.6));
            foreach (var cue in topic.OpposeCues ?? []) entries.Add(new CueEntry(cue, CueClass.ContentAgainst, 0.6));
            foreach (var e in entries)
                if (PhraseLexicon.Validate(e.Phrase) is { } error)
                    throw new ArgumentException($"topic '{topic.Name}': cue {error}", nameof(topics));
            if (entries.Count > 0)
                byTopic[topic.Name] = (new PhraseLexicon(entries.Select(e => e.Phrase).ToArray()), entries.ToArray());
        }
        _topicCues = byTopic.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The stance of <paramref name="text"/> (the statement) toward <paramref name="match"/>'s topic.
    /// The match must come from <see cref="TopicClassifier.Classify"/> on the same text.</summary>
    public StanceJudgement Classify(string text, TopicMatch match)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(match);
        var tokens = Tokenizer.Tokenize(text);
        return Classify(text, tokens, MatchBuiltIn(text, tokens), match);
    }

    /// <summary>The built-in cue matches of a text: computed once, shared by all topics of one statement.</summary>
    internal static List<LexMatch> MatchBuiltIn(string text, Token[] tokens)
    {
        var matches = new List<LexMatch>();
        BuiltIn.Match(text, tokens, matches);
        return matches;
    }

    internal StanceJudgement Classify(string text, Token[] tokens, List<LexMatch> builtIn, TopicMatch match)
    {
        var cues = FindCues(text, tokens, builtIn, match.Topic);
        var hits = HitTokens(tokens, match);
        var clauses = Segment(text, tokens, cues);

        var votes = new List<Vote>();
        foreach (var clause in clauses)
            if (HasHit(hits, clause)) Evaluate(text, tokens, cues, hits, [clause], votes);
        return Decide(votes);
    }

    private readonly record struct Cue(int First, int Last, CueClass Class, double Strength, bool Hedged)
    {
        public bool IsPredicate => Class is CueClass.Support or CueClass.Oppose;
        public bool IsContent => Class is CueClass.ContentFor or CueClass.ContentAgainst;
    }

    private readonly record struct Clause(int First, int Last, int Sentence, bool Relative);

    private sealed record Vote(int Sign, double Strength, List<StanceCue> Cues, TextSpan Focus);

    private List<Cue> FindCues(string text, Token[] tokens, List<LexMatch> builtIn, WatchedTopic topic)
    {
        var matches = new List<LexMatch>();
        CueEntry[] topicEntries = [];
        if (_topicCues.TryGetValue(topic.Name, out var own))
        {
            own.Lexicon.Match(text, tokens, matches);
            topicEntries = own.Entries;
        }
        foreach (var m in builtIn) matches.Add(m with { Entry = m.Entry + topicEntries.Length });
        // Topic cues come first, so they win ties against built-in cues of the same length.
        var kept = PhraseLexicon.Longest(matches);

        var cues = new List<Cue>(kept.Count + 2);
        var covered = new bool[tokens.Length];
        foreach (var m in kept)
        {
            var entry = m.Entry < topicEntries.Length ? topicEntries[m.Entry] : StanceLexicon.Entries[m.Entry - topicEntries.Length];
            for (var t = m.FirstToken; t <= m.LastToken; t++) covered[t] = true;
            if (entry.Class == CueClass.Support && IsPossessedNoun(text, tokens, m.FirstToken, m.LastToken)) continue;
            if (entry.Class != CueClass.Neutral)
                cues.Add(new Cue(m.FirstToken, m.LastToken, entry.Class, entry.Strength, entry.Hedged));
        }
        for (var t = 0; t < tokens.Length; t++)
            if (!covered[t] && tokens[t].Kind == TokenKind.Word &&
                Tokenizer.IsContractedNegation(text.AsSpan(tokens[t].Start, tokens[t].Length)))
                cues.Add(new Cue(t, t, CueClass.Negator, 0.75, false));
        cues.Sort((a, b) => a.First.CompareTo(b.First));
        return cues;
    }

    /// <summary>"Western support", "U.S. support", "EU aid": after a proper adjective or an acronym, "support" is
    /// the help someone gives, not the speaker's stance. Only the bare singular, so "France support the plan"
    /// (a verb after a name) still counts.</summary>
    private static bool IsPossessedNoun(string text, Token[] tokens, int first, int last)
    {
        if (first != last || first == 0 || tokens[first - 1].Kind != TokenKind.Word) return false;
        var word = text.AsSpan(tokens[first].Start, tokens[first].Length);
        if (!word.Equals("support", StringComparison.Ordinal)) return false;
        var before = text.AsSpan(tokens[first - 1].Start, tokens[first - 1].Length);
        if (before.Length == 0 || !char.IsUpper(before[0])) return false;
        var acronym = before.Length >= 2 && (before.Contains('.') || !before.ContainsAnyInRange('a', 'z'));
        return acronym || before.EndsWith("an") || before.EndsWith("ern") || before.EndsWith("ese") || before.EndsWith("ish");
    }

    private static List<(int First, int Last)> HitTokens(Token[] tokens, TopicMatch match)
    {
        var result = new List<(int, int)>(match.Hits.Count);
        foreach (var hit in match.Hits)
        {
            if (hit.InContext) continue;
            int first = -1, last = -1;
            for (var t = 0; t < tokens.Length; t++)
            {
                if (tokens[t].Kind != TokenKind.Word) continue;
                if (first < 0 && tokens[t].Start >= hit.Span.Start) first = t;
                if (tokens[t].End <= hit.Span.End) last = t; else if (first >= 0) break;
            }
            if (first >= 0 && last >= first) result.Add((first, last));
        }
        return result;
    }

    private static bool HasHit(List<(int First, int Last)> hits, Clause clause)
    {
        foreach (var (first, _) in hits) if (first >= clause.First && first <= clause.Last) return true;
        return false;
    }

    private static List<Clause> Segment(string text, Token[] tokens, List<Cue> cues)
    {
        var isPredicate = new bool[tokens.Length];
        foreach (var c in cues)
            if (c.IsPredicate) for (var t = c.First; t <= c.Last; t++) isPredicate[t] = true;

        var clauses = new List<Clause>();
        int start = 0, sentence = 0;
        var relative = false;
        for (var t = 0; t < tokens.Length; t++)
        {
            var token = tokens[t];
            if (token.Kind != TokenKind.Word)
            {
                if (t > start) clauses.Add(new Clause(start, t - 1, sentence, relative));
                if (token.Kind == TokenKind.Hard) sentence++;
                start = t + 1;
                relative = false;
                continue;
            }
            var word = text.AsSpan(token.Start, token.Length);
            var breaks = t > start && (ClauseBreakers.Contains(word) ||
                (Relatives.Contains(word) && tokens[t - 1].Kind == TokenKind.Word && !isPredicate[t - 1] &&
                 !ComplementTakers.Contains(text.AsSpan(tokens[t - 1].Start, tokens[t - 1].Length))));
            if (breaks)
            {
                clauses.Add(new Clause(start, t - 1, sentence, relative));
                relative = Relatives.Contains(word);
                start = t;
            }
        }
        if (start < tokens.Length) clauses.Add(new Clause(start, tokens.Length - 1, sentence, relative));
        return clauses;
    }

    private static CueRole RoleOf(Cue c) => c.Class switch
    {
        CueClass.Support => CueRole.Support,
        CueClass.Oppose => CueRole.Oppose,
        CueClass.ContentFor => CueRole.PropositionFor,
        CueClass.ContentAgainst => CueRole.PropositionAgainst,
        CueClass.Hedge => CueRole.Hedge,
        _ => CueRole.Negation,
    };

    private static bool InScope(Clause[] scope, int token)
    {
        foreach (var c in scope) if (token >= c.First && token <= c.Last) return true;
        return false;
    }

    private static Clause ClauseOf(Clause[] scope, int token)
    {
        foreach (var c in scope) if (token >= c.First && token <= c.Last) return c;
        return scope[0];
    }

    private static bool OnlyCoordinators(string text, Token[] tokens, int first, int last)
    {
        for (var t = first; t <= last; t++)
            if (tokens[t].Kind != TokenKind.Word || !Coordinators.Contains(text.AsSpan(tokens[t].Start, tokens[t].Length)))
                return false;
        return true;
    }

    private static StanceJudgement Decide(List<Vote> votes)
    {
        if (votes.Count == 0) return StanceJudgement.Unclear;
        double support = 0, oppose = 0, mixed = 0, best = 0;
        foreach (var v in votes)
        {
            if (v.Sign > 0) support += v.Strength;
            else if (v.Sign < 0) oppose += v.Strength;
            else mixed += v.Strength;
        }
        Stance stance;
        double confidence;
        if (support > 0 && oppose > 0 && Math.Min(support, oppose) >= 0.5 * Math.Max(support, oppose) || mixed > support + oppose)
        {
            stance = Stance.Mixed;
            foreach (var v in votes) best = Math.Max(best, v.Strength);
            confidence = best * 0.8;
        }
        else
        {
            var sign = support >= oppose ? 1 : -1;
            stance = sign > 0 ? Stance.Supports : Stance.Opposes;
            foreach (var v in votes) if (v.Sign == sign) best = Math.Max(best, v.Strength);
            confidence = best * (sign > 0 ? support : oppose) / (support + oppose + mixed);
        }

        var cues = new List<StanceCue>();
        TextSpan? focus = null;
        foreach (var v in votes)
        {
            if (stance != Stance.Mixed && v.Sign != (stance == Stance.Supports ? 1 : -1)) continue;
            cues.AddRange(v.Cues);
            focus ??= v.Focus;
        }
        return new StanceJudgement(stance, Math.Round(confidence, 3), cues, focus);
    }
}
