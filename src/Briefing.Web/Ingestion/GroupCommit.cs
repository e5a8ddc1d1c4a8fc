using Briefing.Data.Inbox;

namespace Briefing.Web.Ingestion;

/// <summary>Group commit for single submissions arriving concurrently (the HTTP API at hundreds per second): each
/// caller queues its article and waits; one drain at a time commits everything queued in one inbox transaction and
/// then answers each caller. Nothing is acknowledged before its transaction committed, so accepted still means
/// durable; what changes is that a burst of N posts costs one transaction, not N serialised ones.</summary>
public sealed class GroupCommit(Func<IReadOnlyList<ArticleSubmission>, IReadOnlyList<AcceptResult?>> commit, int maxBatch = 256)
{
    private readonly Lock _gate = new();
    private List<Waiting> _queued = [];
    private bool _draining;

    /// <summary>Commits the submission with whatever else is waiting; null when the inbox was full for it.</summary>
    public Task<AcceptResult?> SubmitAsync(ArticleSubmission submission)
    {
        var waiting = new Waiting(submission, new TaskCompletionSource<AcceptResult?>(TaskCreationOptions.RunContinuationsAsynchronously));
        lock (_gate)
        {
            _queued.Add(waiting);
            if (_draining) return waiting.Result.Task;
            _draining = true;
        }
        // The first caller of a quiet spell starts the drain on the thread pool and waits like everyone else.
        ThreadPool.UnsafeQueueUserWorkItem(_ => Drain(), null);
        return waiting.Result.Task;
    }

    private void Drain()
    {
        while (true)
        {
            List<Waiting> batch;
            lock (_gate)
            {
                if (_queued.Count == 0)
                {
                    _draining = false;
                    return;
                }
                batch = _queued.Count <= maxBatch ? _queued : _queued[..maxBatch];
                _queued = _queued.Count <= maxBatch ? [] : _queued[maxBatch..];
            }
            try
            {
                var results = commit(batch.ConvertAll(w => w.Submission));
                for (var i = 0; i < batch.Count; i++) batch[i].Result.SetResult(results[i]);
            }
            catch (Exception exception)
            {
                // The transaction failed: nothing in it was accepted, and every caller hears so.
                foreach (var waiting in batch) waiting.Result.SetException(exception);
            }
        }
    }

    private sealed record Waiting(ArticleSubmission Submission, TaskCompletionSource<AcceptResult?> Result);
}
