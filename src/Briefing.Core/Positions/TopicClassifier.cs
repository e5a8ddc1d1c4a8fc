using Briefing.Core.Extraction;
using Briefing.Core.Positions.Text;
using Briefing.Core.Watchlists;

namespace Briefing.Core.Positions;

/// <summary>One keyword or phrase of a topic found in a statement. <see cref="Span"/> indexes the statement text,
/// or the context sentence when <see cref="InContext"/> is true.</summary>
public sealed record KeywordHit(string Keyword, TextSpan Span, bool InContext = false);

/// <summary>A topic a statement is about, with the keywords that show it. <see cref="ContextOnly"/>: the
/// keywords occur only in the surrounding sentence, not in the statement itself (weaker evidence).</summary>
public sealed record TopicMatch(WatchedTopic Topic, IReadOnlyList<KeywordHit> Hits)
{
    public bool ContextOnly
    {
        get
        {
            foreach (var hit in Hits) if (!hit.InContext) return false;
            return true;
        }
    }
}

/// <summary>Finds which watched topics a statement is about, by keyword and phrase (see <see cref="PhraseLexicon"/>
/// for the syntax: word boundaries, plurals, <c>prefix*</c>, case-sensitive acronyms). Compiled once; thread-safe.</summary>
public sealed class TopicClassifier
{
    private readonly PhraseLexicon _lexicon;
    private readonly int[] _topicOfEntry;
    private readonly string[] _keywordOfEntry;

    public IReadOnlyList<WatchedTopic> Topics { get; }

    public TopicClassifier(IReadOnlyList<WatchedTopic> topics)
    {
        ArgumentNullException.ThrowIfNull(topics);
        Topics = topics;
        var phrases = new List<string>();
        var topicOf = new List<int>();
        for (var t = 0; t < topics.Count; t++)
            foreach (var keyword in topics[t].Keywords)
            {
                if (PhraseLexicon.Validate(keyword) is { } error)
                    throw new ArgumentException($"topic '{topics[t].Name}': keyword {error}", nameof(topics));
                phrases.Add(keyword);
                topicOf.Add(t);
            }
        _lexicon = new PhraseLexicon(phrases);
        _topicOfEntry = [.. topicOf];
        _keywordOfEntry = [.. phrases];
    }

    /// <summary>The topics <paramref name="text"/> is about, in watch-list order, each with its keyword hits (the
    /// longest of overlapping hits). When <paramref name="sentence"/> (the sentence around the statement) is given,
    /// topics named only in the rest of the sentence are added as <see cref="TopicMatch.ContextOnly"/>.</summary>
    public IReadOnlyList<TopicMatch> Classify(string text, string? sentence = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Classify(text, Tokenizer.Tokenize(text), sentence);
    }

    internal IReadOnlyList<TopicMatch> Classify(string text, Token[] tokens, string? sentence)
    {
        var hits = new List<KeywordHit>?[Topics.Count];
        Collect(text, tokens, inContext: false, skip: default, hits);
        if (!string.IsNullOrEmpty(sentence) && !ReferenceEquals(sentence, text) && sentence != text)
        {
            var at = sentence.IndexOf(text, StringComparison.Ordinal);
            var skip = at >= 0 ? new TextSpan(at, at + text.Length) : default;
            var contextHits = new List<KeywordHit>?[Topics.Count];
            Collect(sentence, Tokenizer.Tokenize(sentence), inContext: true, skip, contextHits);
            for (var t = 0; t < hits.Length; t++)
                if (hits[t] is null && contextHits[t] is not null) hits[t] = contextHits[t];
        }

        var result = new List<TopicMatch>();
        for (var t = 0; t < hits.Length; t++)
            if (hits[t] is { } list) result.Add(new TopicMatch(Topics[t], list));
        return result;
    }

    private void Collect(string text, Token[] tokens, bool inContext, TextSpan skip, List<KeywordHit>?[] into)
    {
        var matches = new List<LexMatch>();
        _lexicon.Match(text, tokens, matches);
        // Overlaps are resolved per topic: "security guarantee" and "guarantee" both of one topic keep the longer,
        // while two topics may claim the same words.
        for (var i = 0; i < matches.Count; i++)
        {
            var m = matches[i];
            var span = new TextSpan(tokens[m.FirstToken].Start, tokens[m.LastToken].End);
            if (skip.Length > 0 && span.Overlaps(skip)) continue;
            var topic = _topicOfEntry[m.Entry];
            if (CoveredByLonger(matches, i, topic)) continue;
            (into[topic] ??= []).Add(new KeywordHit(_keywordOfEntry[m.Entry], span, inContext));
        }
    }

    private bool CoveredByLonger(List<LexMatch> matches, int index, int topic)
    {
        var m = matches[index];
        for (var j = 0; j < matches.Count; j++)
        {
            if (j == index || _topicOfEntry[matches[j].Entry] != topic) continue;
            var o = matches[j];
            if (o.FirstToken > m.LastToken || m.FirstToken > o.LastToken) continue;
            if (o.TokenCount > m.TokenCount || (o.TokenCount == m.TokenCount && j < index)) return true;
        }
        return false;
    }
}
