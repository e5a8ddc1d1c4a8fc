using System.Threading.Channels;
using Briefing.Data.Positions;
using Briefing.Data.Statements;
using Briefing.Web.Live;

namespace Briefing.Web.Positions;

/// <summary>The second, bounded stage after extraction: articles commit at once with the cue analysis' positions;
/// when some topic has a learned head, this stage embeds their statements (vectors stored), re-judges them and pushes
/// the positions that moved. Ingestion never waits for it: a full queue drops the oldest work, which the next
/// topic change or correction catches up on (it re-judges everything from stored vectors).</summary>
public sealed class StanceStage(
    TopicCatalog catalog,
    StatementStore statements,
    PositionStore positions,
    LiveNotifier notifier,
    ILogger<StanceStage> logger) : BackgroundService
{
    private const int MaxArticlesPerPass = 64;

    private readonly Channel<string> _articles = Channel.CreateBounded<string>(
        new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    private long _articlesJudged;

    /// <summary>Articles whose learned pass has finished (moved positions or not): what a test or a health check
    /// compares with the articles committed to know that positions have settled.</summary>
    public long ArticlesJudged => Interlocked.Read(ref _articlesJudged);

    /// <summary>Whether committed articles get a learned pass at all.</summary>
    public bool Enabled => catalog.UsesVectors;

    /// <summary>Queues committed articles for the learned pass (nothing to do while no topic has a head).</summary>
    public void Enqueue(IEnumerable<string> articleIds)
    {
        if (!catalog.UsesVectors) return;
        foreach (var id in articleIds) _articles.Writer.TryWrite(id);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<string>(MaxArticlesPerPass);
        while (await _articles.Reader.WaitToReadAsync(stoppingToken))
        {
            batch.Clear();
            while (batch.Count < MaxArticlesPerPass && _articles.Reader.TryRead(out var id)) batch.Add(id);
            try
            {
                await notifier.PublishPositionChangesAsync(positions, Judge(batch, stoppingToken));
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Stance stage failed for {Count} articles; their cue positions stand", batch.Count);
            }
            Interlocked.Add(ref _articlesJudged, batch.Count);
        }
    }

    /// <summary>Embeds and re-judges the statements of <paramref name="articleIds"/>; returns the positions that moved.</summary>
    public IReadOnlyList<PositionChange> Judge(IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken = default)
    {
        if (!catalog.UsesVectors) return [];
        var found = statements.WithSentences(articleIds);
        if (found.Count == 0) return [];
        // Embedding takes a while; an analyst's correction or a topic edit meanwhile recompiles the catalog and
        // re-judges from it. Judgements of the older catalog must not overwrite that, so judge again (vectors are
        // stored by then: milliseconds) until the catalog held still for a whole pass.
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var version = catalog.Version;
            var judged = catalog.ClassifyStored(found, cancellationToken);
            if (ReferenceEquals(version, catalog.Version)) return positions.Reclassify([.. found.Select(s => s.Id)], judged);
        }
        logger.LogInformation("Topics kept changing during the stance pass of {Count} articles; their positions stand as re-judged by the change", articleIds.Count);
        return [];
    }
}
