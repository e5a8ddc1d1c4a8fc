using Briefing.Core.Watchlists;
using Microsoft.Extensions.Options;

namespace Briefing.Web.Ingestion;

/// <summary>The watch-list in force: seeds/watchlist.json unless Briefing:WatchlistPath names another file.</summary>
public sealed class WatchlistSource(IOptions<BriefingOptions> options, ILogger<WatchlistSource> logger)
{
    private readonly Lazy<Watchlist> _current = new(() => Load(options.Value, logger));

    public Watchlist Current => _current.Value;

    private static Watchlist Load(BriefingOptions options, ILogger logger)
    {
        var path = options.WatchlistPath ?? Path.Combine(SeedLoader.SeedsFolder(options), "watchlist.json");
        if (!File.Exists(path))
        {
            logger.LogWarning("No watch-list at {Path}; starting with none", path);
            return Watchlist.Empty;
        }
        using var stream = File.OpenRead(path);
        return WatchlistJson.Load(stream);
    }
}
