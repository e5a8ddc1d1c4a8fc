using Briefing.Data.Inbox;
using Briefing.Web.Operations;
using Microsoft.Extensions.Options;

namespace Briefing.Web.Ingestion;

/// <summary>Works through the inbox table in arrival order. Pending rows survive a crash and are picked up on the
/// next start, so nothing accepted is lost. On PostgreSQL every node runs one: each claims its own batch (see
/// <see cref="InboxClaim"/>), and a node that dies leaves its batch to the others.</summary>
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
        if (!options.Value.ProcessInbox) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            var idle = false;
            try
            {
                InboxClaim claim;
                using (ThreadCpu.Measure("claim")) claim = inbox.Claim(options.Value.PipelineBatchSize);
                using var claimed = claim;
                idle = claim.Items.Count == 0;
                // The whole batch is committed (or parked) before the next claim, so nothing is read twice.
                if (!idle) await pipeline.ProcessClaimAsync(claim);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // The store is unreachable or the commit itself failed: the batch stays pending and is taken again.
                logger.LogError(exception, "Processing the inbox failed; retrying");
                idle = true;
            }
            if (idle) await signal.WaitAsync(IdlePoll, stoppingToken);
        }
    }
}
