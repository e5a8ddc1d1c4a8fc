using Briefing.Data.Inbox;

namespace Briefing.Data.Tests;

public sealed class InboxStoreTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void An_accepted_submission_is_pending_and_survives_reopening_the_file()
    {
        var accepted = _db.Inbox.Accept(new ArticleSubmission("Title", "Body text about Veltria."));

        var reopened = new InboxStore(new Schema.Database(_db.Database.Path), TimeProvider.System);
        var pending = Assert.Single(reopened.Pending(10));
        Assert.Equal(accepted.Id, pending.Id);
        Assert.False(accepted.Duplicate);
        Assert.Equal("Body text about Veltria.", pending.Text);
    }

    [Fact]
    public void The_same_text_rewrapped_is_a_duplicate_with_the_same_id()
    {
        var first = _db.Inbox.Accept(new ArticleSubmission("A", "One two\nthree."));
        var second = _db.Inbox.Accept(new ArticleSubmission("B", "One   two three."));

        Assert.True(second.Duplicate);
        Assert.Equal(first.Id, second.Id);
        Assert.Single(_db.Inbox.Pending(10));
    }

    [Fact]
    public void The_same_url_with_other_text_is_a_duplicate()
    {
        var first = _db.Inbox.Accept(new ArticleSubmission("A", "First version.", Url: "https://example.test/a"));
        var second = _db.Inbox.Accept(new ArticleSubmission("A", "Edited version.", Url: "https://example.test/a"));

        Assert.True(second.Duplicate);
        Assert.Equal(first.Id, second.Id);
    }

    [Fact]
    public void A_failed_item_leaves_the_queue_with_its_error_and_can_be_retried()
    {
        var accepted = _db.Inbox.Accept(new ArticleSubmission("A", "Poison."));

        _db.Inbox.MarkFailed(accepted.Id, "boom");
        Assert.Empty(_db.Inbox.Pending(10));
        Assert.Equal("boom", Assert.Single(_db.Inbox.Failed()).Error);

        Assert.True(_db.Inbox.Retry(accepted.Id));
        Assert.Equal(accepted.Id, Assert.Single(_db.Inbox.Pending(10)).Id);
    }

    [Fact]
    public void Pending_items_come_out_in_arrival_order()
    {
        var ids = Enumerable.Range(0, 5).Select(i => _db.Inbox.Accept(new ArticleSubmission($"T{i}", $"Text number {i}.")).Id).ToList();

        Assert.Equal(ids, _db.Inbox.Pending(10).Select(p => p.Id));
    }
}
