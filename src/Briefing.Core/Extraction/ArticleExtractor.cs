using Briefing.Core.Watchlists;

namespace Briefing.Core.Extraction;

// Placeholder until the extraction branch lands; replaced wholesale by the real pipeline.
public sealed class ArticleExtractor(Watchlist? watchlist = null)
{
    public Watchlist Watchlist { get; } = watchlist ?? Watchlist.Empty;

    public ArticleExtraction Extract(string text) => ArticleExtraction.Empty;
}
