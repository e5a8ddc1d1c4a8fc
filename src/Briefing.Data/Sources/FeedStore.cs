using Briefing.Data.Schema;
using Dapper;

namespace Briefing.Data.Sources;

/// <summary>A feed and how its polling is going.</summary>
public sealed record FeedStatus(
    long Id,
    string Url,
    string? Name,
    int IntervalSeconds,
    bool FromConfig,
    string? ETag,
    string? LastModified,
    DateTimeOffset? NextPollAt,
    DateTimeOffset? LastPolledAt,
    DateTimeOffset? LastSuccessAt,
    string? LastError,
    DateTimeOffset? LastErrorAt,
    int ConsecutiveFailures,
    int ItemsSeen,
    string? Credentials = null)
{
    /// <summary>Never the credentials (the generated record ToString would print them into any log that formats it).</summary>
    public override string ToString() => $"Feed {Id} ({Name ?? "unnamed"})";
}

/// <summary>Feeds to poll, their conditional-GET validators and status, and the items already taken from each.</summary>
public sealed class FeedStore(Database database, TimeProvider clock)
{
    private const string Select =
        """
        SELECT id AS Id, url AS Url, name AS Name, interval_seconds AS IntervalSeconds, from_config AS FromConfig,
               etag AS ETag, last_modified AS LastModified, next_poll_at AS NextPollAt, last_polled_at AS LastPolledAt,
               last_success_at AS LastSuccessAt, last_error AS LastError, last_error_at AS LastErrorAt,
               consecutive_failures AS ConsecutiveFailures, items_seen AS ItemsSeen, credentials AS Credentials
        FROM feeds
        """;

    /// <summary>Adds a feed, or updates its name and interval when the URL is already known. A user name and
    /// password in the URL (https://user:pass@host/feed) are stored apart from it, so the URL can be shown and logged.</summary>
    public long Upsert(string url, string? name, int intervalSeconds, bool fromConfig = false)
    {
        var (bare, credentials) = SplitCredentials(url);
        using var connection = database.Open();
        return connection.ExecuteScalar<long>(
            """
            INSERT INTO feeds (url, name, interval_seconds, from_config, credentials)
            VALUES (@bare, @name, @intervalSeconds, @fromConfig, @credentials)
            ON CONFLICT(url) DO UPDATE SET name = coalesce(excluded.name, feeds.name), interval_seconds = excluded.interval_seconds,
                                           from_config = CASE WHEN excluded.from_config > feeds.from_config
                                                              THEN excluded.from_config ELSE feeds.from_config END,
                                           credentials = coalesce(excluded.credentials, feeds.credentials)
            RETURNING id
            """, new { bare, name, intervalSeconds, fromConfig, credentials });
    }

    /// <summary>Feeds stored before credentials were kept apart: their user:password moves out of the URL (a feed
    /// whose bare URL is already known is dropped as a duplicate). Returns how many were fixed.</summary>
    public int MoveCredentialsOutOfUrls()
    {
        using var connection = database.Open();
        using var tx = connection.BeginTransaction();
        var fixedCount = 0;
        foreach (var (id, url) in connection.Query<(long, string)>("SELECT id, url FROM feeds WHERE url LIKE '%@%'", transaction: tx).AsList())
        {
            var (bare, credentials) = SplitCredentials(url);
            if (credentials is null) continue;
            if (connection.ExecuteScalar<int>("SELECT count(*) FROM feeds WHERE url = @bare", new { bare }, tx) > 0)
                connection.Execute("DELETE FROM feeds WHERE id = @id", new { id }, tx);
            else
                connection.Execute("UPDATE feeds SET url = @bare, credentials = @credentials WHERE id = @id", new { id, bare, credentials }, tx);
            fixedCount++;
        }
        tx.Commit();
        return fixedCount;
    }

    /// <summary>The URL without its user-info part, and that part ("user:password", unescaped) when there is one.</summary>
    public static (string Url, string? Credentials) SplitCredentials(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.UserInfo.Length == 0) return (url, null);
        var bare = new UriBuilder(uri) { UserName = "", Password = "" }.Uri.AbsoluteUri;
        return (bare, Uri.UnescapeDataString(uri.UserInfo));
    }

    public bool Remove(long id)
    {
        using var connection = database.Open();
        return connection.Execute("DELETE FROM feeds WHERE id = @id", new { id }) == 1;
    }

    public IReadOnlyList<FeedStatus> List()
    {
        using var connection = database.Open();
        return connection.Query<Row>($"{Select} ORDER BY coalesce(name, url)").Select(r => r.ToStatus()).AsList();
    }

    public FeedStatus? Find(long id)
    {
        using var connection = database.Open();
        return connection.QueryFirstOrDefault<Row>($"{Select} WHERE id = @id", new { id })?.ToStatus();
    }

    /// <summary>Feeds whose next poll is due (never polled counts as due).</summary>
    public IReadOnlyList<FeedStatus> Due()
    {
        using var connection = database.Open();
        return connection.Query<Row>($"{Select} WHERE next_poll_at IS NULL OR next_poll_at <= @now ORDER BY next_poll_at",
            new { now = clock.GetUtcNow() }).Select(r => r.ToStatus()).AsList();
    }

    public bool Seen(long feedId, string itemKey)
    {
        using var connection = database.Open();
        return connection.ExecuteScalar<int>("SELECT count(*) FROM feed_items WHERE feed_id = @feedId AND item_key = @itemKey",
            new { feedId, itemKey }) > 0;
    }

    /// <summary>Remembers an item once it is safely in the inbox, so the next poll skips it.</summary>
    public void MarkSeen(long feedId, string itemKey)
    {
        using var connection = database.Open();
        using var tx = connection.BeginTransaction();
        if (connection.Execute("INSERT INTO feed_items (feed_id, item_key, seen_at) VALUES (@feedId, @itemKey, @now) ON CONFLICT DO NOTHING",
                new { feedId, itemKey, now = clock.GetUtcNow() }, tx) == 1)
            connection.Execute("UPDATE feeds SET items_seen = items_seen + 1 WHERE id = @feedId", new { feedId }, tx);
        tx.Commit();
    }

    public void RecordSuccess(long id, string? etag, string? lastModified, DateTimeOffset nextPollAt)
    {
        using var connection = database.Open();
        var now = clock.GetUtcNow();
        connection.Execute(
            """
            UPDATE feeds SET etag = @etag, last_modified = @lastModified, last_polled_at = @now, last_success_at = @now,
                             consecutive_failures = 0, next_poll_at = @nextPollAt
            WHERE id = @id
            """, new { id, etag, lastModified, now, nextPollAt });
    }

    /// <summary>Records the error and returns how many polls in a row have now failed.</summary>
    public int RecordFailure(long id, string error, Func<int, DateTimeOffset> nextPollAfterFailures)
    {
        using var connection = database.Open();
        using var tx = connection.BeginTransaction();
        var now = clock.GetUtcNow();
        var failures = connection.ExecuteScalar<int>(
            """
            UPDATE feeds SET last_polled_at = @now, last_error = @error, last_error_at = @now,
                             consecutive_failures = consecutive_failures + 1
            WHERE id = @id RETURNING consecutive_failures
            """, new { id, error, now }, tx);
        connection.Execute("UPDATE feeds SET next_poll_at = @next WHERE id = @id", new { id, next = nextPollAfterFailures(failures) }, tx);
        tx.Commit();
        return failures;
    }

    private sealed class Row
    {
        public long Id { get; init; }
        public string Url { get; init; } = "";
        public string? Name { get; init; }
        public int IntervalSeconds { get; init; }
        public bool FromConfig { get; init; }
        public string? ETag { get; init; }
        public string? LastModified { get; init; }
        public DateTimeOffset? NextPollAt { get; init; }
        public DateTimeOffset? LastPolledAt { get; init; }
        public DateTimeOffset? LastSuccessAt { get; init; }
        public string? LastError { get; init; }
        public DateTimeOffset? LastErrorAt { get; init; }
        public int ConsecutiveFailures { get; init; }
        public int ItemsSeen { get; init; }
        public string? Credentials { get; init; }

        public FeedStatus ToStatus() => new(Id, Url, Name, IntervalSeconds, FromConfig, ETag, LastModified, NextPollAt,
            LastPolledAt, LastSuccessAt, LastError, LastErrorAt, ConsecutiveFailures, ItemsSeen, Credentials);
    }
}
