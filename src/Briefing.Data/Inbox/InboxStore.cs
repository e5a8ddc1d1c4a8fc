using System.Security.Cryptography;
using System.Text;
using Briefing.Data.Schema;
using Dapper;
using System.Data;
using System.Data.Common;

namespace Briefing.Data.Inbox;

/// <summary>An article handed in by a source (API, feed, folder, seeds), before extraction.</summary>
public sealed record ArticleSubmission(
    string Title,
    string Text,
    string? Url = null,
    string? Source = null,
    DateTimeOffset? PublishedAt = null,
    string Via = "api");

/// <summary>The outcome of one submission: its article id; a duplicate (or a near copy, linked to the original as
/// "also carried by") returns the existing article's id.</summary>
public sealed record AcceptResult(string Id, bool Duplicate, bool NearCopy = false);

/// <summary>Thrown when the inbox already holds the configured maximum of pending articles: the caller should
/// come back later (the API answers 503 with Retry-After).</summary>
public sealed class InboxFullException(int maxPending)
    : Exception($"The inbox holds {maxPending:N0} pending articles, its limit; try again shortly.")
{
    public int MaxPending { get; } = maxPending;
}
public sealed record InboxItem(
    string Id,
    string ContentHash,
    string Title,
    string Text,
    string? Url,
    string? Source,
    DateTimeOffset? PublishedAt,
    DateTimeOffset ReceivedAt,
    string Via,
    int Attempts);

public sealed record CarriedBy(string? Source, string? Url, string Title);

public sealed record InboxCounts(int Pending, int Failed, int Done);

public sealed record InboxBacklog(int Pending, int Failed);

public sealed record InboxFailure(string Id, string Title, string Via, string Error, int Attempts, DateTimeOffset ReceivedAt);

/// <summary>The durable queue between sources and the pipeline. An accepted submission is committed before
/// <see cref="Accept"/> returns, and deduplicated by normalised-text hash, by URL and, for long texts, by
/// near-duplicate signature (wire copies are stored as "also carried by" links, not as new articles).</summary>
public sealed class InboxStore(Database database, TimeProvider clock)
{
    /// <summary>Jaccard similarity (estimated over word 3-shingles) from which a text is a copy of another.</summary>
    public const double NearCopyThreshold = 0.8;

    private static readonly TimeSpan PendingCountFreshness = TimeSpan.FromMilliseconds(250);

    // Writers are serialised here (SQLite has one writer anyway); this also guards the in-memory index and count.
    private readonly Lock _writeGate = new();
    private NearCopyIndex? _nearCopies;
    private int _pendingCount;
    private DateTimeOffset _pendingCountAt = DateTimeOffset.MinValue;

    public AcceptResult Accept(ArticleSubmission submission, int maxPending = int.MaxValue) =>
        AcceptMany([submission], maxPending)[0] ?? throw new InboxFullException(maxPending);

    /// <summary>Accepts several submissions in one transaction: all are committed when this returns. An entry is
    /// null when the inbox was full for it.</summary>
    public IReadOnlyList<AcceptResult?> AcceptMany(IReadOnlyList<ArticleSubmission> submissions, int maxPending = int.MaxValue)
    {
        var results = new AcceptResult?[submissions.Count];
        lock (_writeGate)
        {
            using var writer = database.Writer();
            var connection = writer.Connection;
            var index = _nearCopies ??= LoadNearCopyIndex(connection);
            using var tx = connection.BeginTransaction();
            var now = clock.GetUtcNow();
            if (now - _pendingCountAt > PendingCountFreshness)
            {
                _pendingCount = connection.ExecuteScalar<int>("SELECT count(*) FROM inbox WHERE status = 'pending'", transaction: tx);
                _pendingCountAt = now;
            }
            var added = new List<(string Id, uint[] Signature)>();
            using var commands = new PreparedCommands(connection, tx);
            for (var i = 0; i < submissions.Count; i++)
                results[i] = AcceptOne(connection, tx, commands, submissions[i], maxPending, now, index, added);
            tx.Commit();
            foreach (var (id, signature) in added) index.Add(id, signature);
        }
        return results;
    }

    private AcceptResult? AcceptOne(DbConnection connection, DbTransaction tx, PreparedCommands commands, ArticleSubmission submission,
        int maxPending, DateTimeOffset now, NearCopyIndex index, List<(string, uint[])> added)
    {
        var hash = ContentHash(submission.Text);
        var url = string.IsNullOrWhiteSpace(submission.Url) ? null : submission.Url.Trim();
        var existing = commands.QueryString(
            """
            SELECT id FROM inbox WHERE content_hash = @hash OR (@url IS NOT NULL AND url = @url)
            UNION ALL
            SELECT article_id FROM carried_by WHERE content_hash = @hash OR (@url IS NOT NULL AND url = @url)
            LIMIT 1
            """, ("hash", hash), ("url", url));
        if (existing is not null) return new AcceptResult(existing, Duplicate: true);

        var signature = MinHash.Signature(submission.Text);
        var copyOf = signature is null ? null : index.Find(signature, NearCopyThreshold)
            ?? added.Where(a => MinHash.Similarity(signature, a.Item2) >= NearCopyThreshold)
                    .Select(a => ((string Id, double Similarity)?)(a.Item1, MinHash.Similarity(signature, a.Item2))).FirstOrDefault();
        if (copyOf is { } original)
        {
            connection.Execute(
                """
                INSERT INTO carried_by (article_id, content_hash, url, source, title, similarity, received_at)
                VALUES (@Id, @hash, @url, @Source, @Title, @Similarity, @now)
                """, new { original.Id, hash, url, submission.Source, submission.Title, original.Similarity, now }, tx);
            return new AcceptResult(original.Id, Duplicate: true, NearCopy: true);
        }

        if (_pendingCount >= maxPending) return null;
        var id = hash[..16];
        // DO NOTHING: another node may have taken the same text or URL a moment ago; then it is a duplicate.
        var inserted = commands.Execute(
            """
            INSERT INTO inbox (id, content_hash, url, title, text, source, published_at, received_at, via, minhash)
            VALUES (@id, @hash, @url, @title, @text, @source, @publishedAt, @now, @via, @minhash)
            ON CONFLICT DO NOTHING
            """,
            ("id", id), ("hash", hash), ("url", url), ("title", submission.Title), ("text", submission.Text),
            ("source", submission.Source), ("publishedAt", submission.PublishedAt), ("now", now), ("via", submission.Via),
            ("minhash", PreparedCommands.Bytes(signature is null ? null : MinHash.ToBytes(signature))));
        if (inserted == 0)
            return new AcceptResult(connection.QueryFirst<string>(
                "SELECT id FROM inbox WHERE content_hash = @hash OR (@url IS NOT NULL AND url = @url) LIMIT 1", new { hash, url }, tx), Duplicate: true);
        _pendingCount++;
        if (signature is not null) added.Add((id, signature));
        return new AcceptResult(id, Duplicate: false);
    }

    /// <summary>The other outlets that carried a copy of the article, first seen first.</summary>
    public IReadOnlyList<CarriedBy> CarriedBy(string articleId)
    {
        using var connection = database.Open();
        return connection.Query<CarriedByRow>(
            "SELECT source AS Source, url AS Url, title AS Title FROM carried_by WHERE article_id = @articleId ORDER BY received_at",
            new { articleId }).Select(r => new CarriedBy(r.Source, r.Url, r.Title)).AsList();
    }

    /// <summary>How many submissions are pending, failed and done.</summary>
    public InboxCounts Counts()
    {
        using var connection = database.Open();
        var counts = connection.Query<(string Status, int Count)>("SELECT status, count(*) FROM inbox GROUP BY status")
            .ToDictionary(r => r.Status, r => r.Count);
        return new InboxCounts(counts.GetValueOrDefault("pending"), counts.GetValueOrDefault("failed"), counts.GetValueOrDefault("done"));
    }

    /// <summary>How many submissions are pending and failed: two short ranges of the status index, so a readiness probe
    /// costs the same at a million processed articles as at none (<see cref="Counts"/> also counts every done row).</summary>
    public InboxBacklog Backlog()
    {
        using var connection = database.Open();
        var (pending, failed) = connection.QueryFirst<(int, int)>(
            "SELECT (SELECT count(*) FROM inbox WHERE status = 'pending'), (SELECT count(*) FROM inbox WHERE status = 'failed')");
        return new InboxBacklog(pending, failed);
    }

    private NearCopyIndex LoadNearCopyIndex(DbConnection connection)
    {
        var index = new NearCopyIndex();
        var rows = connection.Query<(string Id, byte[] Signature)>(
            "SELECT id, minhash FROM inbox WHERE minhash IS NOT NULL ORDER BY received_at DESC, id DESC LIMIT @capacity",
            new { capacity = index.Capacity }).Reverse();
        foreach (var (id, signature) in rows) index.Add(id, MinHash.FromBytes(signature));
        return index;
    }

    private const string SelectPending =
        """
        SELECT id AS Id, content_hash AS ContentHash, title AS Title, text AS Text, url AS Url,
               source AS Source, published_at AS PublishedAt, received_at AS ReceivedAt, via AS Via,
               attempts AS Attempts
        FROM inbox WHERE status = 'pending' ORDER BY received_at, id LIMIT @limit
        """;

    /// <summary>Oldest pending submissions first, so the pipeline works through them in arrival order.</summary>
    public IReadOnlyList<InboxItem> Pending(int limit)
    {
        using var connection = database.Open();
        return connection.Query<ItemRow>(SelectPending, new { limit }).Select(r => r.ToItem()).AsList();
    }

    /// <summary>Takes the oldest pending submissions that no other worker holds, for one batch (see
    /// <see cref="InboxClaim"/>). Dispose the claim when the batch is done.</summary>
    public InboxClaim Claim(int limit)
    {
        if (database.Dialect == SqlDialect.Sqlite)
        {
            // Read on the writer connection: the rows were just written through it, so their pages are in its cache.
            using var writer = database.Writer();
            return new InboxClaim(writer.Connection.Query<ItemRow>(SelectPending, new { limit }).Select(r => r.ToItem()).AsList());
        }
        var connection = database.Open();
        try
        {
            var tx = connection.BeginTransaction();
            var items = connection.Query<ItemRow>($"{SelectPending} FOR UPDATE SKIP LOCKED", new { limit }, tx)
                .Select(r => r.ToItem()).AsList();
            return new InboxClaim(items, connection, tx);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public void MarkFailed(string id, string error)
    {
        using var connection = database.Open();
        MarkFailed(connection, null, id, error);
    }

    internal void MarkFailed(IDbConnection connection, IDbTransaction? tx, string id, string error) =>
        connection.Execute(
            "UPDATE inbox SET status = 'failed', attempts = attempts + 1, error = @error, processed_at = @now WHERE id = @id",
            new { id, error, now = clock.GetUtcNow() }, tx);

    public IReadOnlyList<InboxFailure> Failed(int limit = 100)
    {
        using var connection = database.Open();
        return connection.Query<FailureRow>(
            """
            SELECT id AS Id, title AS Title, via AS Via, error AS Error, attempts AS Attempts, received_at AS ReceivedAt
            FROM inbox WHERE status = 'failed' ORDER BY processed_at DESC LIMIT @limit
            """, new { limit }).Select(r => new InboxFailure(r.Id, r.Title, r.Via, r.Error ?? "", r.Attempts, r.ReceivedAt)).AsList();
    }

    /// <summary>Puts a failed submission back in the queue.</summary>
    public bool Retry(string id)
    {
        using var connection = database.Open();
        return connection.Execute(
            "UPDATE inbox SET status = 'pending', error = NULL WHERE id = @id AND status = 'failed'", new { id }) == 1;
    }

    /// <summary>Whitespace-insensitive SHA-256 of the text: the same article re-wrapped is the same article.</summary>
    public static string ContentHash(string text)
    {
        // The words joined by single spaces (as string.Join(' ', text.Split(null, RemoveEmptyEntries)) gives them),
        // written into one buffer rather than one string per word.
        var normalised = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) space = normalised.Length > 0;
            else
            {
                if (space) normalised.Append(' ');
                space = false;
                normalised.Append(c);
            }
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised.ToString())));
    }

    // Dapper applies type handlers (timestamps as text) to properties, not to constructor parameters.
    private sealed class ItemRow
    {
        public string Id { get; init; } = "";
        public string ContentHash { get; init; } = "";
        public string Title { get; init; } = "";
        public string Text { get; init; } = "";
        public string? Url { get; init; }
        public string? Source { get; init; }
        public DateTimeOffset? PublishedAt { get; init; }
        public DateTimeOffset ReceivedAt { get; init; }
        public string Via { get; init; } = "";
        public int Attempts { get; init; }

        public InboxItem ToItem() => new(Id, ContentHash, Title, Text, Url, Source, PublishedAt, ReceivedAt, Via, Attempts);
    }

    private sealed class CarriedByRow
    {
        public string? Source { get; init; }
        public string? Url { get; init; }
        public string Title { get; init; } = "";
    }

    private sealed class FailureRow
    {
        public string Id { get; init; } = "";
        public string Title { get; init; } = "";
        public string Via { get; init; } = "";
        public string? Error { get; init; }
        public int Attempts { get; init; }
        public DateTimeOffset ReceivedAt { get; init; }
    }
}
