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
    StanceStage stance,
    ArticleStore articles,
    PositionStore positions,
    LiveNotifier notifier,
    IOptions<BriefingOptions> options,
    ILogger<ArticlePipeline> logger)
{
    /// <summary>Runs one claimed batch: extract and classify, commit in the claim's transaction (a failing article is
    /// parked alone), then publish what was committed.</summary>
    public async Task ProcessClaimAsync(InboxClaim claim)
    {
        var items = claim.Items;
        using var trace = BriefingTelemetry.Traces.StartActivity("pipeline batch");
        trace?.SetTag("briefing.batch.size", items.Count);
        var analysed = Analyse(items);
        var ready = new List<ArticleToCommit>(items.Count);
        var failed = new List<(string Id, string Error)>();
        for (var i = 0; i < items.Count; i++)
        {
            if (analysed[i].Error is { } error)
            {
                LogParked(items[i], error);
                failed.Add((items[i].Id, Describe(error)));
            }
            else ready.Add(analysed[i].Article!);
        }

        ClaimCommit commit;
        using (ThreadCpu.Measure("commit")) commit = articles.CommitClaim(claim, ready, failed);
        using var publishing = ThreadCpu.Measure("publish");
        var committedAt = Stopwatch.GetTimestamp();
        BriefingTelemetry.ArticlesIngested.Add(commit.Committed.Count);
        foreach (var (item, error) in commit.Parked) LogParked(item, error);
        foreach (var committed in commit.Committed)
        {
            await notifier.PublishAsync(ArticleIngested.From(committed));
            BriefingTelemetry.PushLatency.Record(Stopwatch.GetElapsedTime(committedAt).TotalMilliseconds);
            await notifier.PublishPositionChangesAsync(positions, committed.Positions);
        }
        // Positions follow: the learned pass runs in its own stage, never in the ingestion path.
        stance.Enqueue([.. commit.Committed.Select(c => c.Article.Id)]);
    }

    private (ArticleToCommit? Article, Exception? Error)[] Analyse(IReadOnlyList<InboxItem> items)
    {
        var results = new (ArticleToCommit?, Exception?)[items.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Value.ExtractionParallelism) };
        var budgetTime = TimeSpan.FromSeconds(Math.Max(0.1, options.Value.ArticleTimeBudgetSeconds));
        Parallel.For(0, items.Count, parallel, i =>
        {
            // A per-article time budget: a pathological text is parked with its reason and the batch moves on.
            using var budget = new CancellationTokenSource(budgetTime);
            using var cpu = ThreadCpu.Measure("extract");
            try
            {
                var item = items[i];
                var started = Stopwatch.GetTimestamp();
                var extraction = extractor.Extract(item.Text, budget.Token);
                results[i] = (new ArticleToCommit(item, extraction, topics.Classify(item.Id, item.Text, extraction)), null);
                BriefingTelemetry.ExtractionTime.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            catch (OperationCanceledException) when (budget.IsCancellationRequested)
            {
                results[i] = (null, new TimeoutException(
                    $"Extraction took longer than the budget of {budgetTime.TotalSeconds:0.#} s (Briefing:ArticleTimeBudgetSeconds); parked."));
            }
            catch (Exception exception)
            {
                results[i] = (null, exception);
            }
        });
        return results;
    }

    // A poison article is parked with its error and never blocks the queue; it can be retried from Sources.
    private void LogParked(InboxItem item, Exception exception)
    {
        logger.LogError(exception, "Article {Id} ({Title}) failed in the pipeline", item.Id, item.Title);
        BriefingTelemetry.ArticlesFailed.Add(1);
    }

    private static string Describe(Exception exception) => $"{exception.GetType().Name}: {exception.Message}";
}
