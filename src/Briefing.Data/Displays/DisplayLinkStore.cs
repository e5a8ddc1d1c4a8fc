using System.Security.Cryptography;
using Briefing.Data.Schema;
using Briefing.Data.Sources;
using Dapper;

namespace Briefing.Data.Displays;

/// <summary>A wall display link: one wall configuration (its query string) behind a secret token.</summary>
public sealed record DisplayLink(string Id, string Name, string WallQuery, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt)
{
    public bool Active => RevokedAt is null;
}

/// <summary>Display links for unattended screens. Only the token's SHA-256 is stored: the link is shown once, when
/// it is made. Revoking one stops its screen at the screen's next reconnect.</summary>
public sealed class DisplayLinkStore(Database database, TimeProvider clock)
{
    /// <summary>Makes a link named <paramref name="name"/> for the wall <paramref name="wallQuery"/>; returns the
    /// secret token, or null when the name is taken.</summary>
    public string? Add(string name, string wallQuery)
    {
        var token = "wd_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        using var connection = database.Open();
        var inserted = connection.Execute(
            """
            INSERT INTO display_links (id, name, token_hash, wall_query, created_at)
            VALUES (@id, @name, @hash, @wallQuery, @now) ON CONFLICT DO NOTHING
            """,
            new { id = Guid.NewGuid().ToString("N")[..12], name, hash = ApiKeyStore.Hash(token), wallQuery, now = clock.GetUtcNow() });
        return inserted == 1 ? token : null;
    }

    /// <summary>The active link a token opens, or null (unknown or revoked).</summary>
    public DisplayLink? FindActive(string token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 200) return null;
        using var connection = database.Open();
        return connection.QueryFirstOrDefault<Row>(Select + " WHERE token_hash = @hash AND revoked_at IS NULL",
            new { hash = ApiKeyStore.Hash(token) })?.ToLink();
    }

    public bool IsActive(string id)
    {
        using var connection = database.Open();
        return connection.ExecuteScalar<int>("SELECT count(*) FROM display_links WHERE id = @id AND revoked_at IS NULL", new { id }) == 1;
    }

    public bool Revoke(string id)
    {
        using var connection = database.Open();
        return connection.Execute("UPDATE display_links SET revoked_at = @now WHERE id = @id AND revoked_at IS NULL",
            new { id, now = clock.GetUtcNow() }) == 1;
    }

    public IReadOnlyList<DisplayLink> List()
    {
        using var connection = database.Open();
        return connection.Query<Row>(Select + " ORDER BY revoked_at IS NOT NULL, name").Select(r => r.ToLink()).AsList();
    }

    private const string Select =
        "SELECT id AS Id, name AS Name, wall_query AS WallQuery, created_at AS CreatedAt, revoked_at AS RevokedAt FROM display_links";

    private sealed class Row
    {
        public string Id { get; init; } = "";
        public string Name { get; init; } = "";
        public string WallQuery { get; init; } = "";
        public DateTimeOffset CreatedAt { get; init; }
        public DateTimeOffset? RevokedAt { get; init; }

        public DisplayLink ToLink() => new(Id, Name, WallQuery, CreatedAt, RevokedAt);
    }
}
