using Briefing.Core.Positions;
using Briefing.Core.Watchlists;
using Briefing.Data.Articles;
using Briefing.Data.Curation;
using Briefing.Data.Inbox;
using Briefing.Data.Positions;
using Briefing.Data.Schema;
using Briefing.Data.Statements;
using Briefing.Data.Topics;

namespace Briefing.Data.Tests;

/// <summary>Cursor paging and the evidence cache, on both stores (<see cref="ListPagingOnSqlite"/>,
/// <see cref="ListPagingOnPostgres"/>).</summary>
public abstract class ListPagingTests(SqlDialect dialect) : IDisposable
{
    private readonly TempDatabase _db = new(dialect);

    public void Dispose() => _db.Dispose();

    /// <summary>Articles committed three to a batch, so batch-mates share their ingested time (ties a cursor must break).</summary>
    private string CommitArticles(int count)
    {
        var topicId = new TopicStore(_db.Database, _db.Clock).Save(null, new WatchedTopic("Harbour access", "Proposition: the harbour stays open.", ["harbour"]));
        for (var first = 0; first < count; first += 3)
        {
            var items = Enumerable.Range(first, Math.Min(3, count - first))
                .Select(i => _db.Inbox.Accept(new ArticleSubmission($"Talks {i}", $"{Fixtures.Text} ({i})")).Id)
                .Select(id => _db.Inbox.Pending(100).Single(p => p.Id == id)).ToList();
            _db.Articles.CommitBatch(items.Select(item => new ArticleToCommit(item, Fixtures.VargaExtraction(),
                [new StatementTopic(StatementStore.IdFor(item.Id, 0), topicId, Stance.Opposes, 0.8, ["harbour"], ["not"])])).ToList());
        }
        return topicId;
    }

    [SkippableFact]
    public void Statements_and_articles_walked_by_cursor_are_the_lists_in_one_page()
    {
        CommitArticles(10);

        var statements = _db.Statements.Query(new StatementQuery(Limit: 1000)).Select(s => s.Id).ToList();
        var walked = new List<string>();
        for (var page = _db.Statements.Query(new StatementQuery(Limit: 4)); page.Count > 0;
             page = _db.Statements.Query(new StatementQuery(Limit: 4, After: StatementQuery.CursorOf(page[^1]))))
            walked.AddRange(page.Select(s => s.Id));
        Assert.Equal(10, statements.Count);
        Assert.Equal(statements, walked);

        var articles = _db.Articles.Latest(1000).Select(a => a.Id).ToList();
        var walkedArticles = new List<string>();
        for (var page = _db.Articles.Latest(3); page.Count > 0; page = _db.Articles.Latest(3, after: ArticleStore.CursorOf(page[^1])))
            walkedArticles.AddRange(page.Select(a => a.Id));
        Assert.Equal(articles, walkedArticles);
        // An offset still counts from the cursor, and from the top without one.
        Assert.Equal(statements.Skip(6).Take(2), _db.Statements.Query(new StatementQuery(Limit: 2, Offset: 6)).Select(s => s.Id));
    }

    [SkippableFact]
    public void A_cursor_survives_its_token_and_garbage_is_refused()
    {
        var cursor = new ListCursor(DateTimeOffset.Parse("2026-03-01T10:00:00.1234567Z"), 7, "a-b|c");
        Assert.Equal(cursor, ListCursor.Decode(cursor.Encode()));
        Assert.Null(ListCursor.Decode("not a cursor"));
        Assert.Null(ListCursor.Decode(Convert.ToBase64String("1|x|y"u8.ToArray())));
    }

    [SkippableFact]
    public void Evidence_read_before_a_curation_is_not_served_after_it()
    {
        var topicId = CommitArticles(2);
        var before = Assert.Single(_db.Positions.Query(new PositionQuery(TopicIds: [topicId])));
        Assert.Equal(2, before.Evidence.Count); // read, and remembered

        new CurationStore(_db.Database, _db.Positions, _db.Clock).Reject(before.Evidence[0].StatementId, "analyst", "not a quote");

        var after = Assert.Single(_db.Positions.Query(new PositionQuery(TopicIds: [topicId])));
        Assert.Equal([before.Evidence[1].StatementId], after.Evidence.Select(e => e.StatementId));
        Assert.Equal(1, _db.Positions.CountsByTopic()[topicId].Statements);
    }
}

public sealed class ListPagingOnSqlite() : ListPagingTests(SqlDialect.Sqlite);

public sealed class ListPagingOnPostgres() : ListPagingTests(SqlDialect.Postgres);
