using Briefing.Core.Extraction;
using Briefing.Data.Articles;
using Briefing.Data.Inbox;
using Briefing.Web.Live;

namespace Briefing.Web.Ingestion;

/// <summary>One inbox item through the pipeline: extract (pure), commit (one transaction), then publish.</summary>
public sealed class ArticlePipeline(
    ArticleExtractor extractor,
    ArticleStore articles,
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
            committed = articles.Commit(item, extraction);
        }
        catch (Exception exception)
        {
            // A poison article is parked with its error and never blocks the queue; it can be retried later.
            logger.LogError(exception, "Article {Id} ({Title}) failed in the pipeline", item.Id, item.Title);
            inbox.MarkFailed(item.Id, $"{exception.GetType().Name}: {exception.Message}");
            return;
        }
        await notifier.PublishAsync(ArticleIngested.From(committed));
    }
}
