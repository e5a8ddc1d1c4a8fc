namespace Briefing.Core.Watchlists;

// Placeholder until the positions branch lands with the real loader.
public static class WatchlistJson
{
    public static Watchlist Load(Stream stream) => Watchlist.Empty;
}
