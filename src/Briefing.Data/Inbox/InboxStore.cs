using System.Security.Cryptography;
using System.Text;
using Briefing.Data.Schema;
using Dapper;

namespace Briefing.Data.Inbox;

/// <summary>An article handed in by a source (API, feed, folder, seeds), before extraction.</summary>
public sealed record ArticleSubmission(
    string Title,
    string Text,
    string? Url = null,
    string? Source = null,
    DateTimeOffset? PublishedAt = null,
    string Via = "api");

public sealed record AcceptResult(string Id, bool Duplicate);

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

public sealed record InboxFailure(string Id, string Title, string Via, string Error, int Attempts, DateTimeOffset ReceivedAt);

/// <summary>The durable queue between sources and the pipeline. An accepted submission is committed before
/// <see cref="Accept"/> returns, and deduplicated by normalised-text hash and by URL.</summary>
public sealed class InboxStore(Database database, TimeProvider clock)
{
    public AcceptResult Accept(ArticleSubmission submission)
    {
        var hash = ContentHash(submission.Text);
        var url = string.IsNullOrWhiteSpace(submission.Url) ? null : submission.Url.Trim();
        using var connection = database.Open();
        using var tx = connection.BeginTransaction();
        var existing = connection.QueryFirstOrDefault<string>(
            "SELECT id FROM inbox WHERE content_hash = @hash OR (@url IS NOT NULL AND url = @url) LIMIT 1",
            new { hash, url }, tx);
        if (existing is not null) return new AcceptResult(existing, Duplicate: true);

        var id = hash[..16];
        connection.Execute(
            """
            INSERT INTO inbox (id, content_hash, url, title, text, source, published_at, received_at, via)
            VALUES (@id, @hash, @url, @Title, @Text, @Source, @PublishedAt, @receivedAt, @Via)
            """,
            new
            {
                id, hash, url, submission.Title, submission.Text, submission.Source,
                submission.PublishedAt, receivedAt = clock.GetUtcNow(), submission.Via,
            }, tx);
        tx.Commit();
        return new AcceptResult(id, Duplicate: false);
    }

    /// <summary>Oldest pending submissions first, so the pipeline works through them in arrival order.</summary>
    public IReadOnlyList<InboxItem> Pending(int limit)
    {
        using var connection = database.Open();
        return connection.Query<ItemRow>(
            """
            SELECT id AS Id, content_hash AS ContentHash, title AS Title, text AS Text, url AS Url,
                   source AS Source, published_at AS PublishedAt, received_at AS ReceivedAt, via AS Via,
                   attempts AS Attempts
            FROM inbox WHERE status = 'pending' ORDER BY received_at, id LIMIT @limit
            """, new { limit }).Select(r => r.ToItem()).AsList();
    }

    public int PendingCount()
    {
        using var connection = database.Open();
        return connection.ExecuteScalar<int>("SELECT count(*) FROM inbox WHERE status = 'pending'");
    }

    public void MarkFailed(string id, string error)
    {
        using var connection = database.Open();
        connection.Execute(
            "UPDATE inbox SET status = 'failed', attempts = attempts + 1, error = @error, processed_at = @now WHERE id = @id",
            new { id, error, now = clock.GetUtcNow() });
    }

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
        var normalised = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)));
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
