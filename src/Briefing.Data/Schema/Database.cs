using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Briefing.Data.Schema;

/// <summary>The SQL engine behind a <see cref="Database"/>. Stores write portable SQL and ask for the dialect only
/// where the engines truly differ (full-text search, string aggregation, claiming inbox rows).</summary>
public enum SqlDialect { Sqlite, Postgres }

/// <summary>Opens connections to the store — the embedded SQLite file (one box) or a shared PostgreSQL database
/// (several nodes) — and brings its schema up to date.</summary>
public sealed class Database : IDisposable
{
    // Any constant: the key of the advisory lock that lets only one node migrate at a time.
    private const long MigrationLock = 0x42726566_12;
    private const long WriterLock = 0x42726566_13;

    private readonly string? _path;
    private readonly string? _sqliteConnectionString;
    private readonly NpgsqlDataSource? _postgres;

    // SQLite: the one connection the ingestion path writes through (see Writer), and who holds it.
    private readonly Lock _writerGate = new();
    private SqliteConnection? _writer;
    private WalCheckpointer? _checkpointer;

    /// <summary>The embedded SQLite file at <paramref name="path"/>.</summary>
    public Database(string path)
    {
        _path = System.IO.Path.GetFullPath(path);
        var directory = System.IO.Path.GetDirectoryName(_path);
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        _sqliteConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = _path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        DapperSetup.Ensure();
    }

    /// <summary>Called with every SQLite connection as it opens: a diagnostics seam (tests trace the exact SQL the
    /// stores run and check its query plan).</summary>
    public Action<SqliteConnection>? OnOpen { get; set; }

    private Database(NpgsqlDataSource postgres)
    {
        _postgres = postgres;
        DapperSetup.Ensure();
    }

    /// <summary>A PostgreSQL database shared by every node (<c>Host=…;Port=…;Username=…;Database=…</c>).</summary>
    public static Database Postgres(string connectionString) => new(NpgsqlDataSource.Create(connectionString));

    /// <summary>Closes the SQLite writer connection and PostgreSQL's pooled connections (SQLite's pool is process-wide
    /// and needs nothing).</summary>
    public void Dispose()
    {
        _postgres?.Dispose();
        lock (_writerGate)
        {
            _checkpointer?.Dispose();
            _checkpointer = null;
            _writer?.Dispose();
            _writer = null;
        }
    }

    /// <summary>How often committed pages are copied from the WAL into the file beside the writer (SQLite).</summary>
    public static readonly TimeSpan CheckpointInterval = TimeSpan.FromSeconds(1);

    public SqlDialect Dialect => _postgres is null ? SqlDialect.Sqlite : SqlDialect.Postgres;

    /// <summary>The SQLite file (a PostgreSQL store has none).</summary>
    public string Path => _path ?? throw new InvalidOperationException("A PostgreSQL store has no database file.");

    /// <summary>Picks the statement written for this engine, where the two truly differ.</summary>
    public string Sql(string sqlite, string postgres) => Dialect == SqlDialect.Sqlite ? sqlite : postgres;

    /// <summary><c>column IN @list</c>: Dapper expands the list on SQLite, and hands it to PostgreSQL as one array
    /// (pass an array or list, not a set).</summary>
    public string In(string column, string parameter) =>
        _postgres is null ? $"{column} IN @{parameter}" : $"{column} = ANY(@{parameter})";

    /// <summary>Makes writers of shared rows (actors, statements, positions) take turns until the transaction ends,
    /// as SQLite's single writer does by itself: a new actor met by two nodes at once is then created once and found
    /// by the second. A no-op on SQLite.</summary>
    public void LockWriters(System.Data.IDbConnection connection, System.Data.IDbTransaction tx)
    {
        if (_postgres is not null) connection.Execute("SELECT pg_advisory_xact_lock(@WriterLock)", new { WriterLock }, tx);
    }

    /// <summary>The connection for a write transaction on the ingestion path (inbox accepts, pipeline commits): on
    /// SQLite one long-lived connection that the writers take in turn, held until the lease is disposed. In WAL mode a
    /// connection throws away its whole page cache and its memory map of the file whenever another connection has
    /// committed since its last transaction; with accepts and commits each on whatever pooled connection came next,
    /// every transaction started cold (re-reading and re-mapping the pages of every index it touched). One writer
    /// connection sees only its own commits and keeps its pages. SQLite has one writer at a time anyway, so taking
    /// turns here costs no concurrency. On PostgreSQL a pooled connection of its own.</summary>
    public WriterLease Writer()
    {
        if (_postgres is not null) return new WriterLease(_postgres.OpenConnection(), null);
        _writerGate.Enter();
        try
        {
            if (_writer is not { State: System.Data.ConnectionState.Open })
            {
                _writer?.Dispose();
                _writer = (SqliteConnection)Open();
                // Room for the pages a busy writer touches over and over (the tails of every index it appends to).
                _writer.Execute("PRAGMA cache_size = -32768;");
                // Checkpoints (copying committed pages from the WAL into the file, and two fsyncs) every 10,000 pages
                // instead of 1,000: a page written again and again by a busy wire (the tails of the indexes) is
                // copied once per checkpoint, so fewer of them. Commits stay as durable; the WAL grows to ~40 MB.
                _writer.Execute("PRAGMA wal_autocheckpoint = 10000;");
                // …and most of that copying is done beside the writer, once a second (see WalCheckpointer), so the
                // checkpoint a commit still runs at 10,000 pages finds little left to copy.
                _checkpointer ??= new WalCheckpointer((SqliteConnection)Open(), CheckpointInterval);
            }
            return new WriterLease(_writer, _writerGate);
        }
        catch
        {
            _writerGate.Exit();
            throw;
        }
    }

    public DbConnection Open()
    {
        if (_postgres is not null) return _postgres.OpenConnection();
        var connection = new SqliteConnection(_sqliteConnectionString);
        connection.Open();
        // busy_timeout lets a reader and the single writer share the file without SQLITE_BUSY errors.
        connection.Execute("PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000; PRAGMA synchronous = NORMAL;");
        // Reads through a memory map (the OS page cache, shared by every connection) instead of a read() per page:
        // at a million statements this is what keeps list queries and position evidence in milliseconds.
        connection.Execute("PRAGMA mmap_size = 4294967296;");
        OnOpen?.Invoke(connection);
        return connection;
    }

    /// <summary>Applies every migration newer than the store's schema version, each in its own transaction.</summary>
    public int Migrate() => _postgres is null ? MigrateSqlite() : MigratePostgres();

    private int MigrateSqlite()
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

    private int MigratePostgres()
    {
        using var connection = Open();
        using var tx = connection.BeginTransaction();
        // Nodes starting together: the first migrates, the others wait here and then find nothing to do.
        connection.Execute("SELECT pg_advisory_xact_lock(@MigrationLock)", new { MigrationLock }, tx);
        connection.Execute("CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL)", transaction: tx);
        var version = connection.ExecuteScalar<int?>("SELECT max(version) FROM schema_version", transaction: tx) ?? 0;
        for (var next = version; next < PostgresMigrations.All.Count; next++)
            connection.Execute(PostgresMigrations.All[next], transaction: tx);
        connection.Execute("DELETE FROM schema_version; INSERT INTO schema_version (version) VALUES (@count)",
            new { count = PostgresMigrations.All.Count }, tx);
        tx.Commit();
        return PostgresMigrations.All.Count;
    }
}
