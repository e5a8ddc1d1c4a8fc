using Briefing.Core.Positions.Text;
using Briefing.Core.Watchlists;

namespace Briefing.Core.Positions;

/// <summary>A statement's stance toward one topic it is about.</summary>
public sealed record TopicStance(TopicMatch Match, StanceJudgement Judgement)
{
    public WatchedTopic Topic => Match.Topic;
    public Stance Stance => Judgement.Stance;
    public double Confidence => Judgement.Confidence;
}

/// <summary>Topics then stance for one statement: the per-statement entry point of the positions engine.
/// Build once per watch-list (compiles the lexicons); thread-safe.</summary>
public sealed class PositionAnalyzer
{
    public TopicClassifier Topics { get; }
    public StanceClassifier Stances { get; }

    public PositionAnalyzer(IReadOnlyList<WatchedTopic> topics)
    {
        Topics = new TopicClassifier(topics);
        Stances = new StanceClassifier(topics);
    }

    public PositionAnalyzer(Watchlist watchlist) : this(watchlist.Topics) { }

    /// <summary>Every topic <paramref name="text"/> is about (plus topics named only in <paramref name="sentence"/>,
    /// flagged context-only), each with the statement's stance toward it. Unclear stances are included. When the
    /// <paramref name="cue"/> rejects the content ("refuted", "pushed back on"), the speaker's stance is the reverse.</summary>
    public IReadOnlyList<TopicStance> Analyze(string text, string? sentence = null, string? cue = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Tokenize once and match the built-in cues once, for all topics of the statement.
        var tokens = Tokenizer.Tokenize(text);
        var matches = Topics.Classify(text, tokens, sentence);
        if (matches.Count == 0) return [];
        var builtIn = StanceClassifier.MatchBuiltIn(text, tokens);
        var rejects = RejectionCues.IsRejection(cue);
        var result = new TopicStance[matches.Count];
        for (var i = 0; i < matches.Count; i++)
        {
            var judgement = Stances.Classify(text, tokens, builtIn, matches[i]);
            if (rejects && judgement.IsDefinite)
                judgement = judgement with { Stance = RejectionCues.Reverse(judgement.Stance) };
            result[i] = new TopicStance(matches[i], judgement);
        }
        return result;
    }
}
