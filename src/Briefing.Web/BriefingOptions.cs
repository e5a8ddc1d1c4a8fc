namespace Briefing.Web;

/// <summary>Settings under the "Briefing" configuration section (env: Briefing__DatabasePath, Briefing__ApiKeys__0, ...).</summary>
public sealed class BriefingOptions
{
    public const string Section = "Briefing";

    /// <summary>When true (the default), changing things in the app (corrections, topics, feeds) needs an API key,
    /// entered once per browser; when false, everyone who can open the app may edit.</summary>
    public bool RequireSignInToEdit { get; set; } = true;

    /// <summary>The store: <c>sqlite</c> (embedded, one box) or <c>postgres</c> (several nodes; connection string
    /// <c>ConnectionStrings:Briefing</c>, backplane <c>ConnectionStrings:Redis</c>).</summary>
    public string Store { get; set; } = "sqlite";

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

    /// <summary>Longest extraction of one article; past it the article is parked as failed (with the reason) and
    /// the pipeline moves on.</summary>
    public double ArticleTimeBudgetSeconds { get; set; } = 5;

    /// <summary>False: this node serves screens and the API but leaves the inbox to the other nodes (PostgreSQL).</summary>
    public bool ProcessInbox { get; set; } = true;

    /// <summary>Largest web page (raw HTML: a dropped .html file) read for its article; the article text it yields
    /// must still fit <see cref="MaxArticleBytes"/>. Pages are mostly markup, scripts and styles.</summary>
    public long MaxPageBytes { get; set; } = 10_000_000;

    /// <summary>How many inbox rows the pipeline takes per round.</summary>
    public int PipelineBatchSize { get; set; } = 64;

    /// <summary>How many articles are extracted at once (extraction is pure CPU work).</summary>
    public int ExtractionParallelism { get; set; } = Environment.ProcessorCount;

    /// <summary>Backpressure: past this many pending articles the API answers 503 with Retry-After.</summary>
    public int MaxPendingArticles { get; set; } = 10_000;

    /// <summary>Most articles in one POST /api/articles/batch.</summary>
    public int MaxBatchArticles { get; set; } = 100;

    /// <summary>Largest accepted body for a batch, in bytes.</summary>
    public long MaxBatchBytes { get; set; } = 10_000_000;

    /// <summary>Write requests allowed per API key per second (token bucket; bursts up to one second's worth).</summary>
    public int ApiRequestsPerSecond { get; set; } = 2_000;

    /// <summary>Edits (topics, which re-classify everything, and corrections) allowed per API key per minute.</summary>
    public int ApiEditsPerMinute { get; set; } = 120;

    /// <summary>Feeds from configuration (Briefing:Feeds:0:Url, ...); more can be added on the Sources page.</summary>
    public List<FeedOptions> Feeds { get; set; } = [];

    /// <summary>Poll interval for a feed that names none.</summary>
    public int DefaultFeedIntervalSeconds { get; set; } = 300;

    /// <summary>A watched folder: articles dropped here are ingested, then moved to processed/ or failed/.</summary>
    public string? InboxPath { get; set; }

    /// <summary>How often the watched folder is scanned; a file must be unchanged across one scan to be read.</summary>
    public int FolderScanMilliseconds { get; set; } = 1_000;

    /// <summary>Sentence embeddings in the stance stage: relevance by meaning and the sentiment prior for every topic, and
    /// heads for topics with labelled examples (the model loads on the stage's first batch, never on ingestion's path).</summary>
    public bool StanceEmbeddings { get; set; } = true;

    /// <summary>Positions below this confidence are shown as low-confidence (dimmed, marked "?").</summary>
    public double LowConfidence { get; set; } = 0.5;
}

/// <summary>One configured feed.</summary>
public sealed class FeedOptions
{
    public string Url { get; set; } = "";
    public string? Name { get; set; }
    public int? IntervalSeconds { get; set; }
}
