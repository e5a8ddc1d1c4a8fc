using Briefing.Core.Extraction;
using Briefing.Core.Positions.Learned;
using Briefing.Data.Positions;
using Briefing.Data.Statements;
using Briefing.Data.Topics;
using Microsoft.Extensions.Options;

namespace Briefing.Web.Positions;

/// <summary>The topics in force and the stance engine compiled from them (cue analysis, plus each topic's head
/// trained on its labelled examples). Rebuilt when staff edit a topic or correct a stance; the swap is atomic, so the
/// pipeline always classifies with one consistent set.</summary>
public sealed class TopicCatalog(TopicStore topics, StoredEmbedder embedder, IOptions<BriefingOptions> options)
{
    private Compiled? _current;

    private sealed record Compiled(StanceEngine Engine, IReadOnlyDictionary<string, string> IdsByName);

    private Compiled Current => Volatile.Read(ref _current) ?? Compile();

    /// <summary>True when some topic's head uses sentence vectors (statements then need theirs).</summary>
    public bool UsesVectors => Current.Engine.Learned;

    /// <summary>Recompiles from the stored topics (heads retrain from stored vectors: milliseconds).</summary>
    public void Reload() => Compile();

    private Compiled Compile()
    {
        var stored = topics.List();
        var watched = stored.Select(t => t.ToWatched()).ToList();
        var learned = options.Value.StanceEmbeddings && StanceEngine.NeedsVectors(watched);
        var compiled = new Compiled(
            new StanceEngine(watched, learned ? embedder : null),
            stored.ToDictionary(t => t.Name, t => t.Id, StringComparer.OrdinalIgnoreCase));
        Volatile.Write(ref _current, compiled);
        return compiled;
    }

    /// <summary>Classifies statement <paramref name="text"/> (with its sentence for context) into topics and stances.
    /// <paramref name="vector"/>: its sentence vector when known (else the cue analysis decides).</summary>
    public IEnumerable<StatementTopic> Classify(string statementId, string text, string? sentence, string? cue, float[]? vector = null)
    {
        var current = Current;
        foreach (var result in current.Engine.JudgeAll(text, vector, sentence, cue))
        {
            if (!current.IdsByName.TryGetValue(result.Topic, out var topicId)) continue;
            var cues = result.Prior.Cues.Select(c => c.Text).Distinct().ToList();
            if (result.Basis == StanceBasis.Examples) cues.Insert(0, result.Why.Split(" · ")[0]);
            yield return new StatementTopic(statementId, topicId, result.Stance, result.Confidence,
                (result.Match?.Hits ?? []).Select(h => h.Keyword).Distinct().ToArray(),
                cues,
                result.Prior.Focus);
        }
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
