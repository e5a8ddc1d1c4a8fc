using Briefing.Data.Sources;
using Microsoft.Extensions.Options;

namespace Briefing.Web.Ingestion.Feeds;

/// <summary>The feed scheduler: registers the configured feeds, then twice a second refreshes every feed whose
/// next poll is due (a few at a time). A failing feed only delays itself.</summary>
public sealed class FeedPoller(
    FeedStore feeds,
    FeedRefresher refresher,
    IOptions<BriefingOptions> options,
    ILogger<FeedPoller> logger) : BackgroundService
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(500);
    private const int FeedsAtOnce = 4;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        if (feeds.MoveCredentialsOutOfUrls() is > 0 and var moved)
            logger.LogInformation("Moved the credentials of {Count} feed(s) out of their stored URLs", moved);
        RegisterConfiguredFeeds();
        using var timer = new PeriodicTimer(Tick);
        do
        {
            try
            {
                var parallel = new ParallelOptions { MaxDegreeOfParallelism = FeedsAtOnce, CancellationToken = stoppingToken };
                await Parallel.ForEachAsync(feeds.Due(), parallel, (feed, ct) => new ValueTask(refresher.RefreshAsync(feed, ct)));
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(exception, "The feed scheduler failed a round; trying again");
            }
        } while (await WaitAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private void RegisterConfiguredFeeds()
    {
        var settings = options.Value;
        foreach (var feed in settings.Feeds)
        {
            if (!Uri.TryCreate(feed.Url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                logger.LogError("Briefing:Feeds has an entry whose Url '{Url}' is not an absolute http(s) URL; skipped", Fetching.Redaction.Url(feed.Url));
                continue;
            }
            feeds.Upsert(feed.Url, feed.Name, feed.IntervalSeconds ?? settings.DefaultFeedIntervalSeconds, fromConfig: true);
        }
    }
}
