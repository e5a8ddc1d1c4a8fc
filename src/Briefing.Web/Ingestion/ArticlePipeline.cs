using Briefing.Core.Extraction;
using Briefing.Data.Articles;
using Briefing.Data.Inbox;
using Briefing.Data.Positions;
using Briefing.Web.Live;
using Briefing.Web.Positions;

namespace Briefing.Web.Ingestion;

/// <summary>One inbox item through the pipeline: extract and classify (pure), commit (one transaction), publish.</summary>
public sealed class ArticlePipeline(
    ArticleExtractor extractor,
    TopicCatalog topics,
    ArticleStore articles,
    PositionStore positions,
    InboxStore inbox,
    LiveNotifier notifier,
    ILogger<ArticlePipeline> logger)
{
    public async Task ProcessAsync(InboxItem item)
    {
        IngestedArticle committed;
        try
        {
            var extraction = extractor.Extract(item.Text);
            committed = articles.Commit(item, extraction, topics.Classify(item.Id, item.Text, extraction));
        }
        catch (Exception exception)
        {
            // A poison article is parked with its error and never blocks the queue; it can be retried later.
            logger.LogError(exception, "Article {Id} ({Title}) failed in the pipeline", item.Id, item.Title);
            inbox.MarkFailed(item.Id, $"{exception.GetType().Name}: {exception.Message}");
            return;
        }
        await notifier.PublishAsync(ArticleIngested.From(committed));
        foreach (var change in committed.Positions)
        {
            if (positions.Find(change.ActorId, change.TopicId) is { } position)
                await notifier.PublishAsync(new PositionChanged(position, change.Shift));
        }
    }
}
