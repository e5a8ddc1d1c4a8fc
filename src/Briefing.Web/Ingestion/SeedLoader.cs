using Briefing.Data.Actors;
using Briefing.Data.Schema;
using Briefing.Data.Topics;
using Briefing.Web.Positions;
using Microsoft.Extensions.Options;

namespace Briefing.Web.Ingestion;

/// <summary>On start: loads the watch-list's actors (and its topics when there are none yet), and on the very first start submits every article in seeds/.
/// Remembered in the database, so a restart (or a deleted seed article) never brings them back.</summary>
public sealed class SeedLoader(
    Submissions submissions,
    ActorStore actors,
    TopicStore topics,
    TopicCatalog catalog,
    MetaStore meta,
    WatchlistSource watchlist,
    IOptions<BriefingOptions> options,
    ILogger<SeedLoader> logger) : IHostedService
{
    private const string SeededKey = "seeds_ingested_at";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        actors.UpsertWatched(watchlist.Current.Actors);
        topics.SeedIfEmpty(watchlist.Current.Topics);
        catalog.Reload();
        if (meta.Get(SeededKey) is not null) return Task.CompletedTask;

        var folder = SeedsFolder(options.Value);
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).ToArray() : [];
        foreach (var file in files)
        {
            try
            {
                submissions.Submit(Submissions.FromPlainText(File.ReadAllText(file), via: "seed", source: "seed"));
            }
            catch (ArticleTooLargeException exception)
            {
                // One bad seed must not stop the app.
                logger.LogError("Seed {File} skipped: {Reason}", Path.GetFileName(file), exception.Message);
            }
        }
        meta.Set(SeededKey, DateTimeOffset.UtcNow.ToString("O"));
        logger.LogInformation("First start: submitted {Count} seed article(s) from {Folder}", files.Length, folder);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static string SeedsFolder(BriefingOptions options) =>
        options.SeedsPath ?? Path.Combine(AppContext.BaseDirectory, "seeds");
}
