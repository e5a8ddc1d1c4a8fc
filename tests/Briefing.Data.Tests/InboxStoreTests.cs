using Briefing.Data.Inbox;

using Briefing.Data.Schema;

namespace Briefing.Data.Tests;

/// <summary>Run on both stores: <see cref="InboxStoreOnSqlite"/> and <see cref="InboxStoreOnPostgres"/>.</summary>
public abstract class InboxStoreTests(SqlDialect dialect) : IDisposable
{
    private readonly TempDatabase _db = new(dialect);

    public void Dispose() => _db.Dispose();

    [SkippableFact]
    public void An_accepted_submission_is_pending_and_survives_reopening_the_file()
    {
        var accepted = _db.Inbox.Accept(new ArticleSubmission("Title", "Body text about Veltria."));

        using var database = _db.Reopen();
        var reopened = new InboxStore(database, TimeProvider.System);
        var pending = Assert.Single(reopened.Pending(10));
        Assert.Equal(accepted.Id, pending.Id);
        Assert.False(accepted.Duplicate);
        Assert.Equal("Body text about Veltria.", pending.Text);
    }

    [SkippableFact]
    public void The_same_text_rewrapped_is_a_duplicate_with_the_same_id()
    {
        var first = _db.Inbox.Accept(new ArticleSubmission("A", "One two\nthree."));
        var second = _db.Inbox.Accept(new ArticleSubmission("B", "One   two three."));

        Assert.True(second.Duplicate);
        Assert.Equal(first.Id, second.Id);
        Assert.Single(_db.Inbox.Pending(10));
    }

    [SkippableFact]
    public void The_same_url_with_other_text_is_a_duplicate()
    {
        var first = _db.Inbox.Accept(new ArticleSubmission("A", "First version.", Url: "https://example.test/a"));
        var second = _db.Inbox.Accept(new ArticleSubmission("A", "Edited version.", Url: "https://example.test/a"));

        Assert.True(second.Duplicate);
        Assert.Equal(first.Id, second.Id);
    }

    [SkippableFact]
    public void A_failed_item_leaves_the_queue_with_its_error_and_can_be_retried()
    {
        var accepted = _db.Inbox.Accept(new ArticleSubmission("A", "Poison."));

        _db.Inbox.MarkFailed(accepted.Id, "boom");
        Assert.Empty(_db.Inbox.Pending(10));
        Assert.Equal("boom", Assert.Single(_db.Inbox.Failed()).Error);

        Assert.True(_db.Inbox.Retry(accepted.Id));
        Assert.Equal(accepted.Id, Assert.Single(_db.Inbox.Pending(10)).Id);
    }

    [SkippableFact]
    public void Pending_items_come_out_in_arrival_order()
    {
        var ids = Enumerable.Range(0, 5).Select(i => _db.Inbox.Accept(new ArticleSubmission($"T{i}", $"Text number {i}.")).Id).ToList();

        Assert.Equal(ids, _db.Inbox.Pending(10).Select(p => p.Id));
    }
}

public sealed class InboxStoreOnSqlite() : InboxStoreTests(SqlDialect.Sqlite);

public sealed class InboxStoreOnPostgres() : InboxStoreTests(SqlDialect.Postgres);
