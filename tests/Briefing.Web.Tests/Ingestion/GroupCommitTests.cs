using System.Collections.Concurrent;
using Briefing.Data.Inbox;
using Briefing.Web.Ingestion;

namespace Briefing.Web.Tests.Ingestion;

public sealed class GroupCommitTests
{
    private static ArticleSubmission Submission(int n) => new($"Story {n}", $"Text of story {n}");

    [Fact]
    public async Task Concurrent_submissions_share_transactions_and_each_is_answered_only_after_its_commit()
    {
        var committed = new ConcurrentDictionary<string, bool>();
        var transactions = 0;
        var first = new ManualResetEventSlim();
        var group = new GroupCommit(batch =>
        {
            if (Interlocked.Increment(ref transactions) == 1) first.Wait(TimeSpan.FromSeconds(20)); // hold the first commit
            foreach (var submission in batch) committed[submission.Title] = true;
            return batch.Select(s => (AcceptResult?)new AcceptResult(s.Title, Duplicate: false)).ToList();
        });

        var calls = Enumerable.Range(1, 50).Select(n => (n, group.SubmitAsync(Submission(n)))).ToList();
        await Task.Delay(100);
        Assert.All(calls, call => Assert.False(call.Item2.IsCompleted)); // nothing answered before its commit
        first.Set();

        foreach (var (n, call) in calls)
        {
            var result = await call.WaitAsync(TimeSpan.FromSeconds(20));
            Assert.Equal($"Story {n}", result!.Id); // each caller gets its own result
            Assert.True(committed.ContainsKey($"Story {n}"));
        }
        Assert.InRange(Volatile.Read(ref transactions), 1, 10); // 50 concurrent posts, a transaction or a few
    }

    [Fact]
    public async Task A_failed_transaction_fails_every_submission_in_it_and_the_next_ones_still_commit()
    {
        var fail = true;
        var group = new GroupCommit(batch => fail
            ? throw new InvalidOperationException("disk full")
            : batch.Select(s => (AcceptResult?)new AcceptResult(s.Title, false)).ToList());

        await Assert.ThrowsAsync<InvalidOperationException>(() => group.SubmitAsync(Submission(1)));
        fail = false;
        Assert.Equal("Story 2", (await group.SubmitAsync(Submission(2)))!.Id);
    }
}
