using System.Data.Common;

namespace Briefing.Data.Schema;

/// <summary>The connection a write transaction of the ingestion path runs on (see <see cref="Database.Writer"/>).
/// Dispose it when the transaction is over: on SQLite that hands the one writer connection to the next writer, on
/// PostgreSQL it closes the pooled connection. Take and dispose it on one thread, without awaiting in between.</summary>
public sealed class WriterLease : IDisposable
{
    private readonly Lock? _gate;
    private bool _disposed;

    internal WriterLease(DbConnection connection, Lock? gate)
    {
        Connection = connection;
        _gate = gate;
    }

    public DbConnection Connection { get; }

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        if (_gate is null) Connection.Dispose();
        else _gate.Exit();
    }
}
