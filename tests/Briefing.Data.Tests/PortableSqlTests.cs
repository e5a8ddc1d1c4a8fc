using Briefing.Core.Extraction;
using Briefing.Core.Positions;
using Briefing.Core.Watchlists;
using Briefing.Data.Inbox;
using Briefing.Data.Positions;
using Briefing.Data.Schema;
using Briefing.Data.Sources;
using Briefing.Data.Statements;
using Briefing.Data.Topics;

namespace Briefing.Data.Tests;

/// <summary>The stores whose SQL differs most between the engines (upserts, search, aggregation, list parameters,
/// generated ids), run on both: <see cref="PortableSqlOnSqlite"/> and <see cref="PortableSqlOnPostgres"/>.</summary>
public abstract class PortableSqlTests(SqlDialect dialect) : IDisposable
{
    private readonly TempDatabase _db = new(dialect);

    public void Dispose() => _db.Dispose();

    private string CommitVarga(string topicId)
    {
        var accepted = _db.Inbox.Accept(new ArticleSubmission("Talks go on", Fixtures.Text, Source: "Test Wire"));
        var item = _db.Inbox.Pending(10).Single(p => p.Id == accepted.Id);
        var statementId = StatementStore.IdFor(item.Id, 0);
        _db.Articles.Commit(item, Fixtures.VargaExtraction(), [new StatementTopic(statementId, topicId, Stance.Opposes, 0.8, ["harbour"], ["not"])]);
        return statementId;
    }

    [SkippableFact]
    public void Statement_search_matches_every_word_in_any_order_and_nothing_else()
    {
        var topicId = new TopicStore(_db.Database, _db.Clock).Save(null, new WatchedTopic("Harbour access", "The harbour stays open.", ["harbour"]));
        var statementId = CommitVarga(topicId);

        Assert.Equal(statementId, Assert.Single(_db.Statements.Query(new StatementQuery(Text: "yield not"))).Id);
        Assert.Single(_db.Statements.Query(new StatementQuery(Text: "WILL")));
        Assert.Empty(_db.Statements.Query(new StatementQuery(Text: "yield harbour")));
    }

    [SkippableFact]
    public void Actors_list_with_their_aliases_and_positions_filter_by_lists_of_ids()
    {
        var topics = new TopicStore(_db.Database, _db.Clock);
        var topicId = topics.Save(null, new WatchedTopic("Harbour access", "The harbour stays open.", ["harbour"], Urgent: true));
        _db.Actors.UpsertWatched([new WatchedActor("Aldo Varga", ActorKind.Person, ["A. Varga"], "Foreign Minister", "Veltria")]);
        CommitVarga(topicId);

        var varga = _db.Actors.List().Single(a => a.Name == "Aldo Varga");
        Assert.Equal(["A. Varga", "Varga"], varga.Aliases);
        Assert.Equal(1, varga.StatementCount);
        Assert.Equal(varga.Id, _db.Actors.Find("a. varga")!.Id);
        Assert.True(topics.Find("Harbour access")!.Urgent);

        var position = Assert.Single(_db.Positions.Query(new PositionQuery([varga.Id, "nobody"], [topicId])));
        Assert.Equal(Stance.Opposes, position.Stance);
        Assert.Single(position.Evidence);
        Assert.Empty(_db.Positions.Query(new PositionQuery(["nobody"])));

        var activity = new ActivityQueries(_db.Database);
        Assert.Equal(varga.Id, Assert.Single(activity.MostActive(DateTimeOffset.UtcNow.AddHours(-1))).ActorId);
    }

    [SkippableFact]
    public void Feeds_keys_and_settings_upsert_in_place()
    {
        var feeds = new FeedStore(_db.Database, _db.Clock);
        var id = feeds.Upsert("https://example.test/rss", "Example", 300);
        Assert.Equal(id, feeds.Upsert("https://example.test/rss", null, 120, fromConfig: true));
        var feed = Assert.Single(feeds.List());
        Assert.Equal(("Example", 120, true), (feed.Name, feed.IntervalSeconds, feed.FromConfig));
        Assert.False(feeds.Seen(id, "item-1"));
        feeds.MarkSeen(id, "item-1");
        feeds.MarkSeen(id, "item-1");
        Assert.True(feeds.Seen(id, "item-1"));
        Assert.Equal(1, feeds.RecordFailure(id, "timeout", _ => DateTimeOffset.UtcNow));
        Assert.Equal(2, feeds.RecordFailure(id, "timeout", _ => DateTimeOffset.UtcNow));

        var keys = new ApiKeyStore(_db.Database, _db.Clock);
        Assert.NotNull(keys.Add("ops"));
        Assert.Null(keys.Add("ops"));
        Assert.True(keys.Revoke("ops"));
        Assert.Empty(keys.ActiveHashes());

        var meta = new MetaStore(_db.Database);
        meta.Set("seeded", "1");
        meta.Set("seeded", "2");
        Assert.Equal("2", meta.Get("seeded"));
    }
}

public sealed class PortableSqlOnSqlite() : PortableSqlTests(SqlDialect.Sqlite);

public sealed class PortableSqlOnPostgres() : PortableSqlTests(SqlDialect.Postgres);
