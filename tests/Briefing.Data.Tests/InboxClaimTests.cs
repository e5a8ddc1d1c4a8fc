using Briefing.Core.Extraction;
using Briefing.Data.Articles;
using Briefing.Data.Inbox;
using Briefing.Data.Schema;

namespace Briefing.Data.Tests;

/// <summary>Claimed batches commit with a savepoint per article, on both engines.</summary>
public abstract class InboxClaimTests(SqlDialect dialect) : IDisposable
{
    private protected readonly TempDatabase Db = new(dialect);

    public void Dispose() => Db.Dispose();

    private protected IReadOnlyList<string> Accept(int count) =>
        Enumerable.Range(0, count).Select(i => Db.Inbox.Accept(new ArticleSubmission($"T{i}", $"Claimed text number {i}.")).Id).ToList();

    [SkippableFact]
    public void An_article_that_fails_to_write_is_parked_alone_and_the_rest_of_the_batch_commits()
    {
        var ids = Accept(3);
        using var claim = Db.Inbox.Claim(10);
        Assert.Equal(ids, claim.Items.Select(i => i.Id));
        // No title: the engine refuses the row (NOT NULL), and only that article's savepoint is undone.
        var broken = claim.Items[1] with { Title = null! };
        var result = Db.Articles.CommitClaim(claim,
            [new ArticleToCommit(claim.Items[0], ArticleExtraction.Empty, []), new ArticleToCommit(broken, ArticleExtraction.Empty, [])],
            [(claim.Items[2].Id, "extraction failed")]);

        Assert.Equal(ids[0], Assert.Single(result.Committed).Article.Id);
        Assert.Equal(ids[1], Assert.Single(result.Parked).Item.Id);
        Assert.Equal(ids[0], Assert.Single(Db.Articles.Latest()).Id);
        Assert.Empty(Db.Inbox.Pending(10));
        Assert.Equal(new InboxCounts(0, 2, 1), Db.Inbox.Counts());
    }
}

public sealed class InboxClaimOnSqlite() : InboxClaimTests(SqlDialect.Sqlite);

public sealed class InboxClaimOnPostgres() : InboxClaimTests(SqlDialect.Postgres)
{
    [SkippableFact]
    public void Two_workers_claim_disjoint_batches_and_an_unfinished_claim_gives_its_rows_back()
    {
        var ids = Accept(10);
        using var other = Db.Reopen();
        var otherInbox = new InboxStore(other, Db.Clock);

        var first = Db.Inbox.Claim(4);
        using var second = otherInbox.Claim(10);
        Assert.Equal(ids.Take(4), first.Items.Select(i => i.Id));
        Assert.Equal(ids.Skip(4), second.Items.Select(i => i.Id));

        // A worker that dies (its connection drops) before committing: its rows are pending again for the others.
        first.Dispose();
        using var third = otherInbox.Claim(10);
        Assert.Equal(ids.Take(4), third.Items.Select(i => i.Id));
    }
}
