using Briefing.Core.Extraction;
using Briefing.Data.Actors;
using Briefing.Data.Inbox;
using Briefing.Data.Positions;
using Briefing.Data.Schema;
using Briefing.Data.Statements;
using Dapper;

namespace Briefing.Data.Articles;

/// <summary>Articles with everything extracted from them. <see cref="Commit"/> writes one article in one transaction.</summary>
public sealed class ArticleStore(Database database, ActorStore actors, StatementStore statements, PositionStore positions, TimeProvider clock)
{
    private const string SelectSummaries =
        """
        SELECT ar.id AS Id, ar.title AS Title, ar.url AS Url, ar.source AS Source, ar.published_at AS PublishedAt,
               ar.ingested_at AS IngestedAt,
               (SELECT count(*) FROM statements s WHERE s.article_id = ar.id AND s.rejected = 0) AS StatementCount
        FROM articles ar
        """;

    public IReadOnlyList<ArticleSummary> Latest(int limit = 50)
    {
        using var connection = database.Open();
        return connection.Query<SummaryRow>($"{SelectSummaries} ORDER BY ar.ingested_at DESC, ar.id LIMIT @limit", new { limit })
            .Select(r => r.ToSummary()).AsList();
    }

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
            statements.Query(new StatementQuery(ArticleId: id, Limit: 1000)), actors.ByIds(actorIds));
    }

    public bool Exists(string id)
    {
        using var connection = database.Open();
        return connection.ExecuteScalar<int>("SELECT count(*) FROM articles WHERE id = @id", new { id }) > 0;
    }

    /// <summary>Writes the article, its actors, mentions, statements and their topic classifications, updates the
    /// positions they touch, and marks its inbox row done, atomically. Statement ids are
    /// <see cref="StatementStore.IdFor"/>(article, index), so <paramref name="classified"/> can name them in advance.</summary>
    public IngestedArticle Commit(InboxItem item, ArticleExtraction extraction, IReadOnlyList<StatementTopic>? classified = null)
    {
        var now = clock.GetUtcNow();
        IReadOnlyList<string> statementIds;
        IReadOnlyList<PositionChange> changes;
        Dictionary<string, string> actorIds;
        using (var connection = database.Open())
        using (var tx = connection.BeginTransaction())
        {
            connection.Execute(
                """
                INSERT INTO articles (id, title, text, url, source, published_at, ingested_at, content_hash)
                VALUES (@Id, @Title, @Text, @Url, @Source, @PublishedAt, @now, @ContentHash)
                """, new { item.Id, item.Title, item.Text, item.Url, item.Source, item.PublishedAt, now, item.ContentHash }, tx);
            actorIds = actors.Resolve(connection, tx, extraction.Actors);
            foreach (var actor in extraction.Actors)
            foreach (var mention in actor.Mentions)
            {
                connection.Execute(
                    "INSERT OR IGNORE INTO mentions (article_id, actor_id, start, end) VALUES (@articleId, @actorId, @Start, @End)",
                    new { articleId = item.Id, actorId = actorIds[actor.Key], mention.Start, mention.End }, tx);
            }
            statementIds = statements.Insert(connection, tx, item.Id, extraction.Statements, actorIds, item.PublishedAt, now);
            changes = positions.Record(connection, tx, classified ?? []);
            connection.Execute(
                "UPDATE inbox SET status = 'done', attempts = attempts + 1, error = NULL, processed_at = @now WHERE id = @Id",
                new { item.Id, now }, tx);
            tx.Commit();
        }

        var summary = new ArticleSummary(item.Id, item.Title, item.Url, item.Source, item.PublishedAt, now, statementIds.Count);
        return new IngestedArticle(summary, statements.ByIds(statementIds), actors.ByIds(actorIds.Values.Distinct().ToArray()), changes);
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
