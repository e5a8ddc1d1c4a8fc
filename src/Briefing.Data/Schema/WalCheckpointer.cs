using Dapper;
using Microsoft.Data.Sqlite;

namespace Briefing.Data.Schema;

/// <summary>Copies committed pages from the WAL into the database file on its own connection, once a second, so the
/// writer never does it. SQLite's automatic checkpoint runs inside the commit that crosses its threshold: on the one
/// writer connection, while accepts and pipeline commits wait for it (at 1,000 articles/s the WAL grew by ~10 MB/s
/// and each commit-borne checkpoint copied 40 MB and synced twice, every ~4 s). A passive checkpoint waits for no one:
/// it copies what no reader still needs, and the writer starts the WAL over once everything is copied. Durability
/// is unchanged: a commit is durable in the WAL, as before.</summary>
internal sealed class WalCheckpointer : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly Timer _timer;
    private readonly Lock _gate = new();
    private bool _disposed;

    public WalCheckpointer(SqliteConnection connection, TimeSpan interval)
    {
        _connection = connection;
        _timer = new Timer(_ => Checkpoint(), null, interval, interval);
    }

    /// <summary>Checkpoints committed frames now (the timer's work; tests call it directly).</summary>
    public void Checkpoint()
    {
        lock (_gate)
        {
            if (_disposed) return;
            try
            {
                _connection.Execute("PRAGMA wal_checkpoint(PASSIVE);");
            }
            catch (SqliteException)
            {
                // Busy or locked for a moment: the next tick tries again, and the writer's own threshold is the backstop.
            }
        }
    }

    public void Dispose()
    {
        _timer.Dispose();
        lock (_gate)
        {
            _disposed = true;
            _connection.Dispose();
        }
    }
}
