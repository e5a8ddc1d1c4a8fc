using Briefing.Data.Inbox;
using Microsoft.Extensions.Options;

namespace Briefing.Web.Ingestion;

/// <summary>Works through the inbox table in arrival order. Pending rows survive a crash and are picked up on the
/// next start, so nothing accepted is lost.</summary>
public sealed class InboxWorker(
    InboxStore inbox,
    InboxSignal signal,
    ArticlePipeline pipeline,
    IOptions<BriefingOptions> options,
    ILogger<InboxWorker> logger) : BackgroundService
{
    private static readonly TimeSpan IdlePoll = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            IReadOnlyList<InboxItem> batch;
            try
            {
                batch = inbox.Pending(options.Value.PipelineBatchSize);
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "Reading the inbox failed; retrying");
                await signal.WaitAsync(IdlePoll, stoppingToken);
                continue;
            }
            if (batch.Count == 0)
            {
                await signal.WaitAsync(IdlePoll, stoppingToken);
                continue;
            }
            // The whole batch is committed (or parked) before the next read, so nothing is read twice.
            await pipeline.ProcessBatchAsync(batch);
        }
    }
}
