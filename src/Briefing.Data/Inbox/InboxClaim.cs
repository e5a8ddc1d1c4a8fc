using System.Data.Common;

namespace Briefing.Data.Inbox;

/// <summary>Pending inbox items taken by one worker for one batch. On PostgreSQL the rows stay locked
/// (<c>FOR UPDATE SKIP LOCKED</c>) in the claim's open transaction until the batch commits in that same transaction:
/// other nodes skip them, and if this node dies its connection drops, PostgreSQL rolls the transaction back and the
/// rows are pending again for the others — no lease to expire, no row processed twice. On SQLite (one process) the
/// claim holds nothing: the batch commits in a transaction of its own.</summary>
public sealed class InboxClaim : IDisposable
{
    private readonly DbConnection? _connection;
    private readonly DbTransaction? _transaction;

    internal InboxClaim(IReadOnlyList<InboxItem> items, DbConnection? connection = null, DbTransaction? transaction = null)
    {
        Items = items;
        _connection = connection;
        _transaction = transaction;
    }

    public IReadOnlyList<InboxItem> Items { get; }

    /// <summary>The claim's connection and transaction when it holds row locks, else null.</summary>
    internal (DbConnection Connection, DbTransaction Transaction)? Locked =>
        _connection is null || _transaction is null ? null : (_connection, _transaction);

    /// <summary>Releases the claim; rows not committed by then go back to pending (the transaction rolls back).</summary>
    public void Dispose()
    {
        _transaction?.Dispose();
        _connection?.Dispose();
    }
}
