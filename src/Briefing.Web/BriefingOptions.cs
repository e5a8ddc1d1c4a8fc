namespace Briefing.Web;

/// <summary>Settings under the "Briefing" configuration section (env: Briefing__DatabasePath, Briefing__ApiKeys__0, ...).</summary>
public sealed class BriefingOptions
{
    public const string Section = "Briefing";

    /// <summary>The SQLite file; relative paths are under the content root.</summary>
    public string DatabasePath { get; set; } = "App_Data/briefing.db";

    /// <summary>Keys accepted in the X-Api-Key header for writes. When empty, a key is generated on first start.</summary>
    public List<string> ApiKeys { get; set; } = [];

    /// <summary>Folder of seed articles ingested on first start; default: the seeds/ copied beside the app.</summary>
    public string? SeedsPath { get; set; }

    /// <summary>The watch-list (actors and topics); default: watchlist.json in the seeds folder.</summary>
    public string? WatchlistPath { get; set; }

    /// <summary>Largest accepted request body for one article, in bytes.</summary>
    public long MaxArticleBytes { get; set; } = 1_000_000;

    /// <summary>How many inbox rows the pipeline takes per round.</summary>
    public int PipelineBatchSize { get; set; } = 64;
}
