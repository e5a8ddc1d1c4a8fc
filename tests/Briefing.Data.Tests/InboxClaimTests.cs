using Briefing.Core.Extraction;
using Briefing.Data.Articles;
using Briefing.Data.Inbox;
using Briefing.Data.Schema;

namespace Briefing.Data.Tests;

/// <summary>Claimed batches: an article that fails to write is parked alone (savepoints, on SQLite after a first attempt
/// without them), on both engines.</summary>
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

    [SkippableFact]
    public void An_actor_created_by_an_article_that_failed_is_created_again_by_the_next_one()
    {
        var ids = Accept(3);
        using var claim = Db.Inbox.Claim(10);
        var fine = Fixtures.VargaExtraction();
        // The second article creates Aldo Varga, then its statement is refused (no text): the actor's row is rolled back
        // with it, and the third article, naming the same actor, must not reuse the id the failed one resolved.
        var broken = fine with { Statements = [fine.Statements[0] with { Text = null! }] };
        var result = Db.Articles.CommitClaim(claim,
            [new ArticleToCommit(claim.Items[0], ArticleExtraction.Empty, []), new ArticleToCommit(claim.Items[1], broken, []),
             new ArticleToCommit(claim.Items[2], fine, [])], []);

        Assert.Equal([ids[0], ids[2]], result.Committed.Select(c => c.Article.Id));
        Assert.Equal(ids[1], Assert.Single(result.Parked).Item.Id);
        var varga = Db.Actors.Find("Aldo Varga")!;
        Assert.Equal(1, varga.StatementCount);
        Assert.Equal(varga.Id, Assert.Single(Assert.Single(result.Committed, c => c.Article.Id == ids[2]).Actors, a => a.Name == "Aldo Varga").Id);
        Assert.Equal(new InboxBacklog(0, 1), Db.Inbox.Backlog());
    }

    [SkippableFact]
    public void Within_one_batch_the_role_of_the_latest_article_wins()
    {
        Accept(3);
        using var claim = Db.Inbox.Claim(10);
        ArticleExtraction WithRole(string role)
        {
            var extraction = Fixtures.VargaExtraction();
            return extraction with { Actors = [extraction.Actors[0] with { Role = role }, extraction.Actors[1]] };
        }
        // Foreign, Prime, Foreign again: the third must be written although the batch has seen that role before.
        var result = Db.Articles.CommitClaim(claim,
            [.. claim.Items.Zip(["Foreign Minister", "Prime Minister", "Foreign Minister"], (item, role) => new ArticleToCommit(item, WithRole(role), []))], []);

        Assert.Equal(3, result.Committed.Count);
        var varga = Db.Actors.Find("Varga")!;
        Assert.Equal("Foreign Minister", varga.Role);
        Assert.Equal(3, varga.StatementCount);
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
