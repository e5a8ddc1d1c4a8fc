using Briefing.Core.Extraction;
using Briefing.Core.Positions.Learned;
using Briefing.Data.Positions;
using Briefing.Data.Statements;
using Briefing.Data.Topics;
using Microsoft.Extensions.Options;

namespace Briefing.Web.Positions;

/// <summary>The topics in force and the stance engines compiled from them: the cue analysis, built at once for
/// ingestion, and the learned engine (relevance by meaning and the shipped sentiment prior for every topic, plus a
/// head for each topic with labelled examples), built on first need by the stance stage, off the ingestion path.
/// Rebuilt when staff edit a topic or correct a stance; the swap is atomic, so the pipeline always classifies with
/// one consistent set. A stored topic that does not compile (written by an older version, or by hand) is left out,
/// logged and reported on the Topics page — it never stops the app.</summary>
public sealed class TopicCatalog(TopicStore topics, StoredEmbedder embedder, IOptions<BriefingOptions> options,
    ILogger<TopicCatalog>? logger = null)
{
    private Compiled? _current;

    /// <summary>The app's learned settings: the shipped prior and relevance by meaning serve every topic, but a
    /// definite reading of the generic cue lexicon toward a topic's keywords stands (news quotes say "rejects",
    /// "must"; the prior was learned on argued claims and tweets) and the prior speaks where cues are silent, and only
    /// when its reading is strong (strength ≥ 0.3: right 78% of the time on DEV, against 64–70% for 0.1–0.3). News is
    /// mostly neutral report ("the question will be settled in May"), and a wrong position on a wall is worse than none.</summary>
    private static readonly StanceEngineOptions LearnedOptions = new() { PriorOverCues = false, ZeroShotCommit = 0.3 };

    private sealed record Compiled(StanceEngine Cues, Lazy<StanceEngine>? Learned, IReadOnlyDictionary<string, string> IdsByName,
        IReadOnlyDictionary<string, string> Problems);

    private Compiled Current => Volatile.Read(ref _current) ?? Compile();

    /// <summary>True when statements need sentence vectors: embeddings are on and some topic is watched (the shipped
    /// sentiment prior and relevance by meaning serve topics without examples too).</summary>
    public bool UsesVectors => Current.Learned is not null;

    /// <summary>Recompiles from the stored topics (heads retrain from stored vectors: milliseconds).</summary>
    public void Reload() => Compile();

    /// <summary>Changes whenever the topics are recompiled (an edit or a correction): a background pass that judged
    /// with an older version must not write over what the newer one decided.</summary>
    public object Version => Current;

    /// <summary>Why the stored topic <paramref name="topicId"/> is not in force, or null when it is.</summary>
    public string? Problem(string topicId) => Current.Problems.GetValueOrDefault(topicId);

    private Compiled Compile()
    {
        var good = new List<TopicView>();
        var problems = new Dictionary<string, string>();
        foreach (var topic in topics.List())
        {
            var problem = good.Any(t => string.Equals(t.Name, topic.Name, StringComparison.OrdinalIgnoreCase))
                ? $"Another topic is already named \"{topic.Name}\" (names are compared ignoring case)."
                : CompileError(topic);
            if (problem is null) good.Add(topic);
            else
            {
                problems[topic.Id] = problem;
                logger?.LogError("Topic {TopicId} is not in force: {Problem}", topic.Id, problem);
            }
        }
        var watched = good.Select(t => t.ToWatched()).ToList();
        var learned = options.Value.StanceEmbeddings && watched.Count > 0
            && (StanceEngine.NeedsVectors(watched) || SentimentPrior.Shipped is not null);
        var compiled = new Compiled(
            new StanceEngine(watched),
            // Built where vectors are first needed (the stance stage, a topic change): it embeds the topics' texts.
            learned ? new Lazy<StanceEngine>(() => new StanceEngine(watched, embedder, LearnedOptions), LazyThreadSafetyMode.PublicationOnly) : null,
            good.ToDictionary(t => t.Name, t => t.Id, StringComparer.OrdinalIgnoreCase),
            problems);
        Volatile.Write(ref _current, compiled);
        return compiled;
    }

    private static string? CompileError(TopicView topic)
    {
        try
        {
            _ = new Briefing.Core.Positions.PositionAnalyzer([topic.ToWatched()]);
            return null;
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException or InvalidOperationException)
        {
            return exception.Message;
        }
    }

    /// <summary>Classifies statement <paramref name="text"/> (with its sentence for context) into topics and stances.
    /// <paramref name="vector"/>: its sentence vector when known (else the cue analysis decides).</summary>
    public IEnumerable<StatementTopic> Classify(string statementId, string text, string? sentence, string? cue, float[]? vector = null)
    {
        var current = Current;
        var engine = vector is not null && current.Learned is { } learned ? learned.Value : current.Cues;
        foreach (var result in engine.JudgeAll(text, vector, sentence, cue))
        {
            if (!current.IdsByName.TryGetValue(result.Topic, out var topicId)) continue;
            var cues = result.Prior.Cues.Select(c => c.Text).Distinct().ToList();
            if (result.Basis is StanceBasis.Examples or StanceBasis.Sentiment)
                cues.InsertRange(0, result.Why.Split(" · ").Where(part => !part.StartsWith("cue: ", StringComparison.Ordinal)));
            yield return new StatementTopic(statementId, topicId, result.Stance, result.Confidence,
                (result.Match?.Hits ?? []).Select(h => h.Keyword).Distinct().ToArray(),
                cues,
                result.Prior.Focus);
        }
    }

    /// <summary>Stored statements classified, each with its sentence vector when some topic's head uses vectors (stored
    /// vectors are read back; only statements never embedded go through the model).</summary>
    public List<StatementTopic> ClassifyStored(IReadOnlyList<(string Id, string Text, string Sentence, string? Cue)> found,
        CancellationToken cancellationToken = default)
    {
        var vectors = UsesVectors ? embedder.Embed([.. found.Select(s => s.Text)], cancellationToken) : new float[found.Count][];
        return found.SelectMany((s, i) => Classify(s.Id, s.Text, s.Sentence, s.Cue, vectors[i])).ToList();
    }

    /// <summary>Every statement of an extraction, classified; ids follow <see cref="StatementStore.IdFor"/>.</summary>
    public IReadOnlyList<StatementTopic> Classify(string articleId, string text, ArticleExtraction extraction)
    {
        var classified = new List<StatementTopic>();
        for (var i = 0; i < extraction.Statements.Count; i++)
        {
            var statement = extraction.Statements[i];
            if (statement.SpeakerKey is null) continue;
            classified.AddRange(Classify(StatementStore.IdFor(articleId, i), statement.Text, statement.Sentence.Of(text), statement.CueText));
        }
        return classified;
    }
}
