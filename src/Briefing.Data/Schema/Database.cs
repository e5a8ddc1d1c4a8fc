using Dapper;
using Microsoft.Data.Sqlite;

namespace Briefing.Data.Schema;

/// <summary>Opens connections to the embedded SQLite file and brings its schema up to date.</summary>
public sealed class Database
{
    private readonly string _connectionString;

    public Database(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        var directory = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        DapperSetup.Ensure();
    }

    public string Path { get; }

    /// <summary>Called with every connection as it opens: a diagnostics seam (tests trace the exact SQL the stores
    /// run and check its query plan).</summary>
    public Action<SqliteConnection>? OnOpen { get; set; }

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        // busy_timeout lets a reader and the single writer share the file without SQLITE_BUSY errors.
        connection.Execute("PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000; PRAGMA synchronous = NORMAL;");
        // Reads through a memory map (the OS page cache, shared by every connection) instead of a read() per page:
        // at a million statements this is what keeps list queries and position evidence in milliseconds.
        connection.Execute("PRAGMA mmap_size = 4294967296;");
        OnOpen?.Invoke(connection);
        return connection;
    }

    /// <summary>Applies every migration newer than the file's schema version, each in its own transaction.</summary>
    public int Migrate()
    {
        using var connection = Open();
        // WAL: readers never block the writer, and a commit is durable once it returns.
        connection.Execute("PRAGMA journal_mode = WAL;");
        var version = connection.ExecuteScalar<int>("PRAGMA user_version;");
        for (var next = version; next < Migrations.All.Count; next++)
        {
            using var tx = connection.BeginTransaction();
            connection.Execute(Migrations.All[next], transaction: tx);
            connection.Execute($"PRAGMA user_version = {next + 1};", transaction: tx);
            tx.Commit();
        }
        return Migrations.All.Count;
    }
}
