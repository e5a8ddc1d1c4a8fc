using Briefing.Core.Extraction;
using Briefing.Core.Positions;
using Briefing.Core.Watchlists;
using Briefing.Data.Articles;
using Briefing.Data.Inbox;
using Briefing.Data.Positions;
using Briefing.Data.Statements;
using Briefing.Data.Topics;
using Briefing.Web.Live;
using Briefing.Web.Positions;
using Briefing.Web.Tests.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Web.Tests.Positions;

/// <summary>The component context plus topics, positions and the topic editor, and a helper that commits a quote
/// already classified into a topic (no extractor or stance engine involved: the test states the stance).</summary>
public abstract class PositionsTestContext : ComponentTestContext
{
    private int _articles;

    protected PositionsTestContext()
    {
        var embedder = new StoredEmbedder(new Briefing.Data.Vectors.VectorStore(Database));
        var catalog = new TopicCatalog(Topics, embedder, Microsoft.Extensions.Options.Options.Create(new BriefingOptions()));
        Editor = new TopicEditor(Topics, catalog, new StatementStore(Database), Positions, Notifier);
        Services.AddSingleton(catalog);
        Services.AddSingleton(Editor);
    }

    protected TopicEditor Editor { get; }

    protected string AddTopic(string name, string proposition, params string[] keywords) =>
        Topics.Save(null, new WatchedTopic(name, proposition, keywords));

    /// <summary>Commits a one-quote article by a fictional speaker whose statement is classified into
    /// <paramref name="topicId"/> with <paramref name="stance"/>; returns what the pipeline would publish.</summary>
    protected IngestedArticle CommitStance(string speaker, string quote, string topicId, Stance stance, DateTimeOffset publishedAt,
        double confidence = 0.8, string[]? cues = null, string? title = null)
    {
        title ??= $"Article {++_articles}: {speaker}";
        return CommitQuote(title, speaker, quote, publishedAt: publishedAt, classify: statementId =>
            [new StatementTopic(statementId, topicId, stance, confidence, ["harbour"], cues ?? [])]);
    }

    /// <summary>The PositionChanged events the pipeline publishes after <paramref name="committed"/>.</summary>
    protected async Task PublishChangesAsync(IngestedArticle committed)
    {
        foreach (var change in committed.Positions)
            await Notifier.PublishAsync(new PositionChanged(Positions.Find(change.ActorId, change.TopicId)!, change.Shift));
    }
}
