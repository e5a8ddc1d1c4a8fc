using System.Security.Cryptography;
using System.Text;
using Briefing.Data.Schema;
using Dapper;

namespace Briefing.Data.Sources;

public sealed record ApiKeyInfo(string Name, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);

/// <summary>Named API keys, stored as SHA-256 hashes only: the key itself is shown once, when it is made.</summary>
public sealed class ApiKeyStore(Database database, TimeProvider clock)
{
    /// <summary>Makes a key for <paramref name="name"/> and returns it; null when the name is already taken.</summary>
    public string? Add(string name)
    {
        var key = "bk_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        using var connection = database.Open();
        var inserted = connection.Execute(
            "INSERT INTO api_keys (name, key_hash, created_at) VALUES (@name, @hash, @now) ON CONFLICT DO NOTHING",
            new { name, hash = Hash(key), now = clock.GetUtcNow() });
        return inserted == 1 ? key : null;
    }

    public bool Revoke(string name)
    {
        using var connection = database.Open();
        return connection.Execute("UPDATE api_keys SET revoked_at = @now WHERE name = @name AND revoked_at IS NULL",
            new { name, now = clock.GetUtcNow() }) == 1;
    }

    public IReadOnlyList<ApiKeyInfo> List()
    {
        using var connection = database.Open();
        return connection.Query<Row>("SELECT name AS Name, created_at AS CreatedAt, revoked_at AS RevokedAt FROM api_keys ORDER BY name")
            .Select(r => new ApiKeyInfo(r.Name, r.CreatedAt, r.RevokedAt)).AsList();
    }

    /// <summary>Hash → name of every key not revoked.</summary>
    public IReadOnlyDictionary<string, string> ActiveHashes()
    {
        using var connection = database.Open();
        return connection.Query<(string Hash, string Name)>("SELECT key_hash, name FROM api_keys WHERE revoked_at IS NULL")
            .ToDictionary(r => r.Hash, r => r.Name);
    }

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private sealed class Row
    {
        public string Name { get; init; } = "";
        public DateTimeOffset CreatedAt { get; init; }
        public DateTimeOffset? RevokedAt { get; init; }
    }
}
