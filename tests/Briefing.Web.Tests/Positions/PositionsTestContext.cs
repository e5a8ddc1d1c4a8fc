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
        Topics = new TopicStore(Database, TimeProvider.System);
        Positions = new PositionStore(Database);
        var catalog = new TopicCatalog(Topics);
        Editor = new TopicEditor(Topics, catalog, new StatementStore(Database), Positions, Notifier);
        Services.AddSingleton(Topics);
        Services.AddSingleton(Positions);
        Services.AddSingleton(catalog);
        Services.AddSingleton(Editor);
    }

    protected TopicStore Topics { get; }
    protected PositionStore Positions { get; }
    protected TopicEditor Editor { get; }

    protected string AddTopic(string name, string proposition, params string[] keywords) =>
        Topics.Save(null, new WatchedTopic(name, proposition, keywords));

    /// <summary>Commits a one-quote article by a fictional speaker whose statement is classified into
    /// <paramref name="topicId"/> with <paramref name="stance"/>; returns what the pipeline would publish.</summary>
    protected IngestedArticle CommitStance(string speaker, string quote, string topicId, Stance stance, DateTimeOffset publishedAt,
        double confidence = 0.8, string[]? cues = null, string? title = null)
    {
        var text = $"“{quote}” {speaker} said.";
        title ??= $"Article {++_articles}: {speaker}";
        var accepted = Inbox.Accept(new ArticleSubmission(title, text, Source: "Test Wire", PublishedAt: publishedAt));
        var item = Inbox.Pending(100).Single(p => p.Id == accepted.Id);
        var content = new TextSpan(1, 1 + quote.Length);
        var source = new TextSpan(quote.Length + 3, quote.Length + 3 + speaker.Length);
        var actor = new ExtractedActor("s", speaker, ActorKind.Person, null, null, [], [source]);
        var statement = new ExtractedStatement([content], quote, StatementKind.Direct, new TextSpan(source.End + 1, source.End + 5),
            "said", source, "s", SpeakerResolution.Named, 0.95, new TextSpan(0, text.Length));
        var classified = new StatementTopic(StatementStore.IdFor(item.Id, 0), topicId, stance, confidence, ["harbour"], cues ?? []);
        return Articles.Commit(item, new ArticleExtraction([new TextSpan(0, text.Length)], [actor], [statement]), [classified]);
    }

    /// <summary>The PositionChanged events the pipeline publishes after <paramref name="committed"/>.</summary>
    protected async Task PublishChangesAsync(IngestedArticle committed)
    {
        foreach (var change in committed.Positions)
            await Notifier.PublishAsync(new PositionChanged(Positions.Find(change.ActorId, change.TopicId)!, change.Shift));
    }
}
