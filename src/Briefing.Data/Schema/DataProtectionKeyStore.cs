using Dapper;

namespace Briefing.Data.Schema;

/// <summary>The app's data-protection key ring (XML elements) in the store, so auth cookies and protected browser
/// storage stay readable after a restart and on every node that shares the store.</summary>
public sealed class DataProtectionKeyStore(Database database, TimeProvider clock)
{
    public IReadOnlyList<string> All()
    {
        using var connection = database.Open();
        return connection.Query<string>("SELECT xml FROM data_protection_keys ORDER BY created_at").AsList();
    }

    public void Add(string name, string xml)
    {
        using var connection = database.Open();
        connection.Execute(
            "INSERT INTO data_protection_keys (name, xml, created_at) VALUES (@name, @xml, @now) ON CONFLICT(name) DO UPDATE SET xml = excluded.xml",
            new { name, xml, now = clock.GetUtcNow() });
    }
}
