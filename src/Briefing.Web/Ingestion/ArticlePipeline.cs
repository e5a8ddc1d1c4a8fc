using System.Diagnostics;
using Briefing.Core.Extraction;
using Briefing.Data.Articles;
using Briefing.Data.Inbox;
using Briefing.Data.Positions;
using Briefing.Web.Live;
using Briefing.Web.Operations;
using Briefing.Web.Positions;
using Microsoft.Extensions.Options;

namespace Briefing.Web.Ingestion;

/// <summary>Inbox items through the pipeline: extract and classify (pure, in parallel), commit (one transaction per
/// batch), then publish.</summary>
public sealed class ArticlePipeline(
    ArticleExtractor extractor,
    TopicCatalog topics,
    ArticleStore articles,
    PositionStore positions,
    InboxStore inbox,
    LiveNotifier notifier,
    IOptions<BriefingOptions> options,
    ILogger<ArticlePipeline> logger)
{
    public Task ProcessAsync(InboxItem item) => ProcessBatchAsync([item]);

    public async Task ProcessBatchAsync(IReadOnlyList<InboxItem> items)
    {
        using var trace = BriefingTelemetry.Traces.StartActivity("pipeline batch");
        trace?.SetTag("briefing.batch.size", items.Count);
        var analysed = Analyse(items);
        var ready = new List<ArticleToCommit>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            if (analysed[i].Error is { } error) Park(items[i], error);
            else ready.Add(analysed[i].Article!);
        }

        var committedBatch = Commit(ready);
        var committedAt = Stopwatch.GetTimestamp();
        BriefingTelemetry.ArticlesIngested.Add(committedBatch.Count);
        foreach (var committed in committedBatch)
        {
            await notifier.PublishAsync(ArticleIngested.From(committed));
            BriefingTelemetry.PushLatency.Record(Stopwatch.GetElapsedTime(committedAt).TotalMilliseconds);
            await notifier.PublishPositionChangesAsync(positions, committed.Positions);
        }
    }

    private (ArticleToCommit? Article, Exception? Error)[] Analyse(IReadOnlyList<InboxItem> items)
    {
        var results = new (ArticleToCommit?, Exception?)[items.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Value.ExtractionParallelism) };
        Parallel.For(0, items.Count, parallel, i =>
        {
            try
            {
                var item = items[i];
                var started = Stopwatch.GetTimestamp();
                var extraction = extractor.Extract(item.Text);
                results[i] = (new ArticleToCommit(item, extraction, topics.Classify(item.Id, item.Text, extraction)), null);
                BriefingTelemetry.ExtractionTime.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            catch (Exception exception)
            {
                results[i] = (null, exception);
            }
        });
        return results;
    }

    private IReadOnlyList<IngestedArticle> Commit(List<ArticleToCommit> ready)
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
        foreach (var article in ready)
        {
            try
            {
                committed.Add(articles.CommitBatch([article])[0]);
            }
            catch (Exception exception)
            {
                Park(article.Item, exception);
            }
        }
        return committed;
    }

    private void Park(InboxItem item, Exception exception)
    {
        // A poison article is parked with its error and never blocks the queue; it can be retried from Sources.
        logger.LogError(exception, "Article {Id} ({Title}) failed in the pipeline", item.Id, item.Title);
        BriefingTelemetry.ArticlesFailed.Add(1);
        inbox.MarkFailed(item.Id, $"{exception.GetType().Name}: {exception.Message}");
    }
}
