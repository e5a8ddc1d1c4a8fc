using System.Collections.Frozen;
using Briefing.Core.Positions.Text;
using Briefing.Core.Watchlists;

namespace Briefing.Core.Positions.Learned;

/// <summary>Whether a statement that names none of a topic's keywords is still about it, for topics with or without
/// labelled examples. Two signals that hold across topics written from a proposition alone:
/// <list type="bullet">
/// <item>meaning: the statement's cosine to the topic's proposition reaches a threshold (see
///   <see cref="StanceEngineOptions.Relevance"/> for how it was chosen);</item>
/// <item>words: the statement shares a stemmed content word with the keywords ("subsidies" for "subsidize",
///   "contraceptive" for "contraception") and its cosine is at least <see cref="SharedWordShare"/> of the threshold,
///   so a shared common word ("free", "market") in an unrelated sentence does not count alone.</item>
/// </list>
/// Immutable, thread-safe.</summary>
public sealed class TopicRelevance
{
    /// <summary>Share of the cosine threshold a statement sharing a keyword's stem must reach.</summary>
    public const double SharedWordShare = 0.6;

    // Function words and words every proposition uses: sharing them says nothing about the subject.
    private static readonly FrozenSet<string> Ignored = FrozenSet.Create(StringComparer.Ordinal,
        "the", "and", "for", "with", "from", "that", "this", "these", "those", "their", "there", "which", "would",
        "should", "could", "will", "must", "been", "being", "into", "over", "under", "more", "most", "less", "very",
        "also", "than", "then", "such", "some", "other", "about", "what", "when", "where", "while", "who", "whom",
        "whose", "have", "has", "had", "not", "use", "used", "using", "make", "made", "good", "right", "wrong");

    private readonly FrozenSet<string> _stems;
    private readonly double _threshold;

    public TopicRelevance(WatchedTopic topic, double threshold)
    {
        _threshold = threshold;
        _stems = topic.Keywords.SelectMany(ContentStems).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>True when the statement is about the topic by meaning or by a shared stem (see the class summary).</summary>
    public bool Addressed(string text, double cosine) =>
        cosine >= _threshold || (cosine >= SharedWordShare * _threshold && SharesStem(text));

    /// <summary>Whether <paramref name="text"/> has a content word whose stem one of the keywords has.</summary>
    public bool SharesStem(string text)
    {
        if (_stems.Count == 0) return false;
        foreach (var stem in ContentStems(text)) if (_stems.Contains(stem)) return true;
        return false;
    }

    private static IEnumerable<string> ContentStems(string text)
    {
        var clean = text.Replace("*", "");
        foreach (var token in Tokenizer.Tokenize(clean))
        {
            if (token.Kind != TokenKind.Word || token.Length < 3) continue;
            var word = clean.AsSpan(token.Start, token.Length);
            if (!char.IsLetter(word[0])) continue;
            var stem = Stemmer.Stem(word);
            if (stem.Length >= 3 && !Ignored.Contains(stem)) yield return stem;
        }
    }
}
