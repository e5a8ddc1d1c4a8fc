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
        var written = new List<Written>(batch.Count);
        using var writer = database.Writer();
        var connection = writer.Connection;
        using (var tx = connection.BeginTransaction())
        {
            TakeWriterLock(connection, tx);
            var known = new ActorStore.KnownActors();
            using var commands = new PreparedCommands(connection, tx);
            foreach (var article in batch) written.Add(Write(connection, tx, commands, article, known, now));
            MarkDone(connection, tx, written, now);
            tx.Commit();
        }
        return Summarise(connection, written, now);
    }

    /// <summary>Commits a claimed batch in one transaction — on PostgreSQL the claim's own, so its row locks hold
    /// until the commit. An article that fails to write is rolled back alone and parked as failed in the same
    /// transaction, as are the <paramref name="failed"/> ones (extraction errors).</summary>
    public ClaimCommit CommitClaim(InboxClaim claim, IReadOnlyList<ArticleToCommit> ready, IReadOnlyList<(string Id, string Error)> failed)
    {
        var now = clock.GetUtcNow();
        if (claim.Locked is null && ready.Count > 1)
        {
            // Nearly every batch writes cleanly, so it is first written whole: a savepoint and its release around each
            // article are two more statements per article. If one article fails, this attempt is rolled back and the
            // batch is written again with savepoints, below. (On PostgreSQL the claim's transaction holds the row
            // locks, so it is never rolled back: savepoints from the start.)
            using var writer = database.Writer();
            List<Written>? whole = null;
            try
            {
                using var tx = writer.Connection.BeginTransaction();
                (whole, _) = Write(writer.Connection, tx, ready, failed, isolate: false, now);
            }
            catch (Exception)
            {
                // Rolled back with its transaction; the isolating pass below parks whatever fails again.
            }
            if (whole is not null) return new ClaimCommit(Summarise(writer.Connection, whole, now), []);
        }
        if (claim.Locked is { } locked)
        {
            var (written, parked) = Write(locked.Connection, locked.Transaction, ready, failed, isolate: true, now);
            return new ClaimCommit(Summarise(locked.Connection, written, now), parked);
        }
        using (var writer = database.Writer())
        using (var tx = writer.Connection.BeginTransaction())
        {
            var (written, parked) = Write(writer.Connection, tx, ready, failed, isolate: true, now);
            return new ClaimCommit(Summarise(writer.Connection, written, now), parked);
        }
    }

    private (List<Written> Written, List<(InboxItem, Exception)> Parked) Write(DbConnection connection, DbTransaction tx, IReadOnlyList<ArticleToCommit> ready,
        IReadOnlyList<(string Id, string Error)> failed, bool isolate, DateTimeOffset now)
    {
        var written = new List<Written>(ready.Count);
        var parked = new List<(InboxItem, Exception)>();
        TakeWriterLock(connection, tx);
        foreach (var (id, error) in failed) inbox.MarkFailed(connection, tx, id, error);
        var known = new ActorStore.KnownActors();
        using var commands = new PreparedCommands(connection, tx);
        foreach (var article in ready)
        {
            if (!isolate)
            {
                written.Add(Write(connection, tx, commands, article, known, now));
                continue;
            }
            tx.Save("article");
            try
            {
                written.Add(Write(connection, tx, commands, article, known, now));
                tx.Release("article");
            }
            catch (Exception exception)
            {
                tx.Rollback("article");
                known.Forget(); // it may have resolved actors whose rows were just rolled back
                inbox.MarkFailed(connection, tx, article.Item.Id, $"{exception.GetType().Name}: {exception.Message}");
                parked.Add((article.Item, exception));
            }
        }
        MarkDone(connection, tx, written, now);
        tx.Commit();
        return (written, parked);
    }

    /// <summary>Marks the written articles' inbox rows done: one statement per 500, not one per article.</summary>
    private void MarkDone(DbConnection connection, DbTransaction tx, List<Written> written, DateTimeOffset now)
    {
        foreach (var ids in written.Select(w => w.Item.Id).Chunk(ReadBackChunk))
            connection.Execute(
                $"UPDATE inbox SET status = 'done', attempts = attempts + 1, error = NULL, processed_at = @now WHERE {database.In("id", "ids")}",
                new { ids, now }, tx);
    }

    // Extraction, the costly part, runs on every node; writing actors and statements is one node at a time.
    private void TakeWriterLock(DbConnection connection, DbTransaction tx) => database.LockWriters(connection, tx);

    // Most parameters in one read-back query: well inside SQLite's limit, and PostgreSQL gets one array anyway.
    private const int ReadBackChunk = 500;

    /// <summary>The live events' payload, read back once for the whole batch (one statements query, one actors query
    /// per 500 ids) on the connection that just wrote it (its pages are still in that connection's cache), not per article: an actor's counts cost a walk of its statements, so reading them per article
    /// made every commit as dear as the busiest actor's history.</summary>
    private IReadOnlyList<IngestedArticle> Summarise(DbConnection connection, List<Written> written, DateTimeOffset now)
    {
        var statementViews = written.SelectMany(w => w.StatementIds).Chunk(ReadBackChunk)
            .SelectMany(chunk => statements.ByIds(connection, chunk)).ToDictionary(v => v.Id);
        var actorViews = written.SelectMany(w => w.ActorIds.Values).Distinct().Chunk(ReadBackChunk)
            .SelectMany(chunk => actors.ByIds(connection, chunk)).ToDictionary(v => v.Id);
        return written.Select(w => new IngestedArticle(
            new ArticleSummary(w.Item.Id, w.Item.Title, w.Item.Url, w.Item.Source, w.Item.PublishedAt, now, w.StatementIds.Count),
            [.. w.StatementIds.Select(statementViews.GetValueOrDefault).OfType<StatementView>()],
            [.. w.ActorIds.Values.Distinct().Select(actorViews.GetValueOrDefault).OfType<ActorView>()],
            w.Changes)).ToList();
    }

    private sealed record Written(InboxItem Item, IReadOnlyList<string> StatementIds, Dictionary<string, string> ActorIds, IReadOnlyList<PositionChange> Changes);

    private Written Write(DbConnection connection, DbTransaction tx, PreparedCommands commands, ArticleToCommit article,
        ActorStore.KnownActors known, DateTimeOffset now)
    {
        var (item, extraction, classified) = article;
        commands.Execute(
            """
            INSERT INTO articles (id, title, text, url, source, published_at, ingested_at, content_hash)
            VALUES (@id, @title, @text, @url, @source, @publishedAt, @now, @contentHash)
            """, ("id", item.Id), ("title", item.Title), ("text", item.Text), ("url", item.Url), ("source", item.Source),
            ("publishedAt", item.PublishedAt), ("now", now), ("contentHash", item.ContentHash));
        var actorIds = actors.Resolve(connection, tx, extraction.Actors, known);
        InsertMentions(commands, item.Id, extraction, actorIds);
        var statementIds = statements.Insert(commands, item.Id, extraction.Statements, actorIds, item.PublishedAt, now);
        var changes = positions.Record(connection, tx, classified);
        return new Written(item, statementIds, actorIds, changes);
    }

    // One prepared insert per mention, kept for the whole transaction: an article names a handful of actors a few
    // times each, and a multi-row statement of a new shape per article was parsed and planned anew every time.
    private static void InsertMentions(PreparedCommands commands, string articleId, ArticleExtraction extraction, Dictionary<string, string> actorIds)
    {
        foreach (var actor in extraction.Actors)
        {
            var actorId = actorIds[actor.Key];
            foreach (var mention in actor.Mentions)
                commands.Execute(
                    "INSERT INTO mentions (article_id, actor_id, start, \"end\") VALUES (@articleId, @actorId, @start, @end) ON CONFLICT DO NOTHING",
                    ("articleId", articleId), ("actorId", actorId), ("start", mention.Start), ("end", mention.End));
        }
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
