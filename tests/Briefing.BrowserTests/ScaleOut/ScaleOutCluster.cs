using Briefing.Testing;
using Npgsql;

namespace Briefing.BrowserTests.ScaleOut;

/// <summary>App nodes as real processes over one fresh PostgreSQL database and one Redis, configured exactly as an
/// operator would: <c>Briefing__Store=postgres</c>, <c>ConnectionStrings__Briefing</c>, <c>ConnectionStrings__Redis</c>.</summary>
public sealed class ScaleOutCluster : IAsyncDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("briefing-nodes-");
    private readonly List<AppProcess> _nodes = [];

    public ScaleOutCluster()
    {
        // Both skip the test, with the reason, when the servers cannot be run on this machine.
        ConnectionString = LocalServers.Postgres.CreateDatabase("nodes");
        Redis = LocalServers.Redis;
    }

    public string ConnectionString { get; }
    public string Redis { get; }

    public AppProcess Node(string name, IReadOnlyDictionary<string, string>? settings = null)
    {
        var all = new Dictionary<string, string>
        {
            ["Briefing__Store"] = "postgres",
            ["ConnectionStrings__Briefing"] = ConnectionString,
            ["ConnectionStrings__Redis"] = Redis,
            ["Briefing__ApiRequestsPerSecond"] = "100000",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) all[key] = value;
        var node = new AppProcess(Directory.CreateDirectory(Path.Combine(_folder.FullName, name)).FullName, all);
        _nodes.Add(node);
        return node;
    }

    /// <summary>Runs a count query against the shared database.</summary>
    public long Count(string sql)
    {
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(command.ExecuteScalar());
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var node in _nodes) await node.DisposeAsync();
        try { _folder.Delete(recursive: true); } catch (IOException) { }
    }
}
