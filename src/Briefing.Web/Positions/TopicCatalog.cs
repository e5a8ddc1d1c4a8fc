using Briefing.Core.Extraction;
using Briefing.Core.Positions;
using Briefing.Data.Positions;
using Briefing.Data.Statements;
using Briefing.Data.Topics;

namespace Briefing.Web.Positions;

/// <summary>The topics in force and the analyzer compiled from them. Rebuilt when staff edit a topic; the swap is
/// atomic, so the pipeline always classifies with one consistent set.</summary>
public sealed class TopicCatalog(TopicStore topics)
{
    private Compiled? _current;

    private sealed record Compiled(PositionAnalyzer Analyzer, IReadOnlyDictionary<string, string> IdsByName);

    private Compiled Current => Volatile.Read(ref _current) ?? Compile();

    /// <summary>Recompiles from the stored topics.</summary>
    public void Reload() => Compile();

    private Compiled Compile()
    {
        var stored = topics.List();
        var compiled = new Compiled(
            new PositionAnalyzer(stored.Select(t => t.ToWatched()).ToList()),
            stored.ToDictionary(t => t.Name, t => t.Id, StringComparer.OrdinalIgnoreCase));
        Volatile.Write(ref _current, compiled);
        return compiled;
    }

    /// <summary>Classifies statement <paramref name="text"/> (with its sentence for context) into topics and stances.</summary>
    public IEnumerable<StatementTopic> Classify(string statementId, string text, string? sentence, string? cue)
    {
        var current = Current;
        foreach (var result in current.Analyzer.Analyze(text, sentence, cue))
        {
            if (!current.IdsByName.TryGetValue(result.Topic.Name, out var topicId)) continue;
            yield return new StatementTopic(statementId, topicId, result.Stance, result.Confidence,
                result.Match.Hits.Select(h => h.Keyword).Distinct().ToArray(),
                result.Judgement.Cues.Select(c => c.Text).Distinct().ToArray(),
                result.Judgement.Focus);
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
