using Briefing.Core.Extraction;
using Briefing.Data.Actors;
using Briefing.Data.Inbox;
using Briefing.Data.Positions;
using Briefing.Data.Schema;
using Briefing.Data.Statements;
using System.Data.Common;
using Dapper;

namespace Briefing.Data.Articles;

/// <summary>Articles with everything extracted from them. <see cref="Commit"/> writes one article in one transaction.</summary>
public sealed class ArticleStore(Database database, ActorStore actors, StatementStore statements, PositionStore positions, InboxStore inbox, TimeProvider clock)
{

    private const string SelectSummaries =
        """
        SELECT ar.id AS Id, ar.title AS Title, ar.url AS Url, ar.source AS Source, ar.published_at AS PublishedAt,
               ar.ingested_at AS IngestedAt,
               (SELECT count(*) FROM statements s WHERE s.article_id = ar.id AND s.rejected = 0) AS StatementCount
        FROM articles ar
        """;

    /// <summary>Newest first; a page by offset and/or after a cursor (<see cref="CursorOf"/> of the last article seen).</summary>
    public IReadOnlyList<ArticleSummary> Latest(int limit = 50, int offset = 0, ListCursor? after = null)
    {
        var where = after is null ? "" : "WHERE ar.ingested_at <= @afterAt AND (ar.ingested_at < @afterAt OR ar.id > @afterId)";
        using var connection = database.Open();
        return connection.Query<SummaryRow>($"{SelectSummaries} {where} ORDER BY ar.ingested_at DESC, ar.id LIMIT @limit OFFSET @offset",
                new { limit, offset, afterAt = after?.At, afterId = after?.Id })
            .Select(r => r.ToSummary()).AsList();
    }

    public static ListCursor CursorOf(ArticleSummary article) => new(article.IngestedAt, 0, article.Id);

    public ArticleDetail? Find(string id)
    {
        using var connection = database.Open();
        var row = connection.QueryFirstOrDefault<DetailRow>(
            """
            SELECT id AS Id, title AS Title, text AS Text, url AS Url, source AS Source, published_at AS PublishedAt,
                   ingested_at AS IngestedAt FROM articles WHERE id = @id
            """, new { id });
        if (row is null) return null;
        var actorIds = connection.Query<string>("SELECT DISTINCT actor_id FROM mentions WHERE article_id = @id", new { id }).AsList();
        return new ArticleDetail(row.Id, row.Title, row.Text, row.Url, row.Source, row.PublishedAt, row.IngestedAt,
            statements.Query(new StatementQuery(ArticleId: id, Limit: 1000)), actors.ByIds(actorIds), inbox.CarriedBy(id));
    }

    /// <summary>Writes the article, its actors, mentions, statements and their topic classifications, updates the
    /// positions they touch, and marks its inbox row done, atomically. Statement ids are
    /// <see cref="StatementStore.IdFor"/>(article, index), so <paramref name="classified"/> can name them in advance.</summary>
    public IngestedArticle Commit(InboxItem item, ArticleExtraction extraction, IReadOnlyList<StatementTopic>? classified = null) =>
        CommitBatch([new ArticleToCommit(item, extraction, classified ?? [])])[0];

    /// <summary>Writes several articles in one transaction (all or none), as <see cref="Commit"/> does for one: one
    /// commit for many articles is what lets the pipeline keep up with a busy wire.</summary>
    public IReadOnlyList<IngestedArticle> CommitBatch(IReadOnlyList<ArticleToCommit> batch)
    {
        var now = clock.GetUtcNow();
        var written = new List<(InboxItem Item, IReadOnlyList<string> StatementIds, Dictionary<string, string> ActorIds, IReadOnlyList<PositionChange> Changes)>(batch.Count);
        using (var connection = database.Open())
        using (var tx = connection.BeginTransaction())
        {
            TakeWriterLock(connection, tx);
            foreach (var article in batch)
            {
                var (statementIds, actorIds, changes) = Write(connection, tx, article, now);
                written.Add((article.Item, statementIds, actorIds, changes));
            }
            tx.Commit();
        }

        return Summarise(written, now);
    }

    /// <summary>Commits a claimed batch in one transaction — on PostgreSQL the claim's own, so its row locks hold
    /// until the commit. Each article is written under a savepoint: one that fails to write is rolled back alone and
    /// parked as failed in the same transaction, as are the <paramref name="failed"/> ones (extraction errors).</summary>
    public ClaimCommit CommitClaim(InboxClaim claim, IReadOnlyList<ArticleToCommit> ready, IReadOnlyList<(string Id, string Error)> failed)
    {
        var now = clock.GetUtcNow();
        var written = new List<(InboxItem Item, IReadOnlyList<string> StatementIds, Dictionary<string, string> ActorIds, IReadOnlyList<PositionChange> Changes)>(ready.Count);
        var parked = new List<(InboxItem, Exception)>();
        var own = claim.Locked is null ? database.Open() : null;
        try
        {
            var (connection, tx) = claim.Locked ?? (own!, own!.BeginTransaction());
            TakeWriterLock(connection, tx);
            foreach (var (id, error) in failed) inbox.MarkFailed(connection, tx, id, error);
            foreach (var article in ready)
            {
                tx.Save("article");
                try
                {
                    var (statementIds, actorIds, changes) = Write(connection, tx, article, now);
                    tx.Release("article");
                    written.Add((article.Item, statementIds, actorIds, changes));
                }
                catch (Exception exception)
                {
                    tx.Rollback("article");
                    inbox.MarkFailed(connection, tx, article.Item.Id, $"{exception.GetType().Name}: {exception.Message}");
                    parked.Add((article.Item, exception));
                }
            }
            tx.Commit();
        }
        finally
        {
            own?.Dispose();
        }
        return new ClaimCommit(Summarise(written, now), parked);
    }

    // Extraction, the costly part, runs on every node; writing actors and statements is one node at a time.
    private void TakeWriterLock(DbConnection connection, DbTransaction tx) => database.LockWriters(connection, tx);

    private IReadOnlyList<IngestedArticle> Summarise(
        List<(InboxItem Item, IReadOnlyList<string> StatementIds, Dictionary<string, string> ActorIds, IReadOnlyList<PositionChange> Changes)> written,
        DateTimeOffset now) =>
        written.Select(w => new IngestedArticle(
            new ArticleSummary(w.Item.Id, w.Item.Title, w.Item.Url, w.Item.Source, w.Item.PublishedAt, now, w.StatementIds.Count),
            statements.ByIds(w.StatementIds),
            actors.ByIds(w.ActorIds.Values.Distinct().ToArray()),
            w.Changes)).ToList();

    private (IReadOnlyList<string>, Dictionary<string, string>, IReadOnlyList<PositionChange>) Write(
        System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction tx, ArticleToCommit article, DateTimeOffset now)
    {
        var (item, extraction, classified) = article;
        connection.Execute(
            """
            INSERT INTO articles (id, title, text, url, source, published_at, ingested_at, content_hash)
            VALUES (@Id, @Title, @Text, @Url, @Source, @PublishedAt, @now, @ContentHash)
            """, new { item.Id, item.Title, item.Text, item.Url, item.Source, item.PublishedAt, now, item.ContentHash }, tx);
        var actorIds = actors.Resolve(connection, tx, extraction.Actors);
        foreach (var actor in extraction.Actors)
        foreach (var mention in actor.Mentions)
        {
            connection.Execute(
                "INSERT INTO mentions (article_id, actor_id, start, \"end\") VALUES (@articleId, @actorId, @Start, @End) ON CONFLICT DO NOTHING",
                new { articleId = item.Id, actorId = actorIds[actor.Key], mention.Start, mention.End }, tx);
        }
        var statementIds = statements.Insert(connection, tx, item.Id, extraction.Statements, actorIds, item.PublishedAt, now);
        var changes = positions.Record(connection, tx, classified);
        connection.Execute(
            "UPDATE inbox SET status = 'done', attempts = attempts + 1, error = NULL, processed_at = @now WHERE id = @Id",
            new { item.Id, now }, tx);
        return (statementIds, actorIds, changes);
    }

    private sealed class SummaryRow
    {
        public string Id { get; init; } = "";
        public string Title { get; init; } = "";
        public string? Url { get; init; }
        public string? Source { get; init; }
        public DateTimeOffset? PublishedAt { get; init; }
        public DateTimeOffset IngestedAt { get; init; }
        public int StatementCount { get; init; }

        public ArticleSummary ToSummary() => new(Id, Title, Url, Source, PublishedAt, IngestedAt, StatementCount);
    }

    private sealed class DetailRow
    {
        public string Id { get; init; } = "";
        public string Title { get; init; } = "";
        public string Text { get; init; } = "";
        public string? Url { get; init; }
        public string? Source { get; init; }
        public DateTimeOffset? PublishedAt { get; init; }
        public DateTimeOffset IngestedAt { get; init; }
    }
}

/// <summary>What <see cref="ArticleStore.CommitClaim"/> committed, and the articles it parked as failed.</summary>
public sealed record ClaimCommit(IReadOnlyList<IngestedArticle> Committed, IReadOnlyList<(InboxItem Item, Exception Error)> Parked);

/// <summary>One article ready to commit: its inbox item, what was extracted, and its statements' topic classifications.</summary>
public sealed record ArticleToCommit(InboxItem Item, ArticleExtraction Extraction, IReadOnlyList<StatementTopic> Classified);
