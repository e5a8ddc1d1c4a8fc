using Briefing.Core.Extraction;
using Briefing.Data.Articles;
using Briefing.Data.Inbox;
using Briefing.Web.Live;
using Microsoft.Extensions.Options;

namespace Briefing.Web.Ingestion;

/// <summary>Inbox items through the pipeline: extract (pure, in parallel), commit (one transaction per batch), then publish.</summary>
public sealed class ArticlePipeline(
    ArticleExtractor extractor,
    ArticleStore articles,
    InboxStore inbox,
    LiveNotifier notifier,
    IOptions<BriefingOptions> options,
    ILogger<ArticlePipeline> logger)
{
    public Task ProcessAsync(InboxItem item) => ProcessBatchAsync([item]);

    public async Task ProcessBatchAsync(IReadOnlyList<InboxItem> items)
    {
        var extracted = Extract(items);
        var ready = new List<(InboxItem, ArticleExtraction)>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            if (extracted[i].Error is { } error) Park(items[i], error);
            else ready.Add((items[i], extracted[i].Extraction!));
        }

        foreach (var committed in Commit(ready))
            await notifier.PublishAsync(ArticleIngested.From(committed));
    }

    private (ArticleExtraction? Extraction, Exception? Error)[] Extract(IReadOnlyList<InboxItem> items)
    {
        var results = new (ArticleExtraction?, Exception?)[items.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Value.ExtractionParallelism) };
        Parallel.For(0, items.Count, parallel, i =>
        {
            try
            {
                results[i] = (extractor.Extract(items[i].Text), null);
            }
            catch (Exception exception)
            {
                results[i] = (null, exception);
            }
        });
        return results;
    }

    private IReadOnlyList<IngestedArticle> Commit(List<(InboxItem Item, ArticleExtraction Extraction)> ready)
    {
        if (ready.Count == 0) return [];
        try
        {
            return articles.CommitBatch(ready);
        }
        catch (Exception exception) when (ready.Count > 1)
        {
            // One bad article must not sink its batch: find it by committing one at a time.
            logger.LogWarning(exception, "A batch of {Count} articles failed to commit; committing one by one", ready.Count);
        }
        catch (Exception exception)
        {
            Park(ready[0].Item, exception);
            return [];
        }

        var committed = new List<IngestedArticle>(ready.Count);
        foreach (var (item, extraction) in ready)
        {
            try
            {
                committed.Add(articles.Commit(item, extraction));
            }
            catch (Exception exception)
            {
                Park(item, exception);
            }
        }
        return committed;
    }

    private void Park(InboxItem item, Exception exception)
    {
        // A poison article is parked with its error and never blocks the queue; it can be retried from Sources.
        logger.LogError(exception, "Article {Id} ({Title}) failed in the pipeline", item.Id, item.Title);
        inbox.MarkFailed(item.Id, $"{exception.GetType().Name}: {exception.Message}");
    }
}
