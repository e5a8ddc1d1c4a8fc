using Dapper;

namespace Briefing.Data.Schema;

/// <summary>Small facts the app remembers about itself ("seeds ingested", ...).</summary>
public sealed class MetaStore(Database database)
{
    public string? Get(string key)
    {
        using var connection = database.Open();
        return connection.QueryFirstOrDefault<string>("SELECT value FROM meta WHERE key = @key", new { key });
    }

    public void Set(string key, string value)
    {
        using var connection = database.Open();
        connection.Execute("INSERT INTO meta (key, value) VALUES (@key, @value) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            new { key, value });
    }
}
