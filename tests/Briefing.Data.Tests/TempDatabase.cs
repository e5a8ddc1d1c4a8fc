using Briefing.Data.Actors;
using Briefing.Data.Articles;
using Briefing.Data.Inbox;
using Briefing.Data.Schema;
using Briefing.Data.Positions;
using Briefing.Data.Statements;
using Briefing.Testing;

namespace Briefing.Data.Tests;

/// <summary>A real, migrated store with every store class: a SQLite file in a temp folder (deleted on dispose), or a
/// fresh database on the throw-away PostgreSQL server (<see cref="LocalServers"/>).</summary>
public sealed class TempDatabase : IDisposable
{
    private readonly DirectoryInfo? _folder;
    private readonly string? _postgres;

    public TempDatabase(SqlDialect dialect = SqlDialect.Sqlite)
    {
        if (dialect == SqlDialect.Postgres)
        {
            _postgres = LocalServers.Postgres.CreateDatabase("store");
        }
        else
        {
            _folder = Directory.CreateTempSubdirectory("briefing-data-");
        }
        Database = Reopen();
        Database.Migrate();
        Inbox = new InboxStore(Database, Clock);
        Actors = new ActorStore(Database, Clock);
        Statements = new StatementStore(Database);
        Positions = new PositionStore(Database);
        Articles = new ArticleStore(Database, Actors, Statements, Positions, Inbox, Clock);
    }

    public TimeProvider Clock { get; } = TimeProvider.System;
    public Database Database { get; }
    public InboxStore Inbox { get; }
    public ActorStore Actors { get; }
    public StatementStore Statements { get; }
    public ArticleStore Articles { get; }
    public PositionStore Positions { get; }

    /// <summary>A second, independent handle on the same store (as after a restart, or another node).</summary>
    public Database Reopen() =>
        _postgres is not null ? Database.Postgres(_postgres) : new Database(System.IO.Path.Combine(_folder!.FullName, "test.db"));

    public void Dispose()
    {
        Database.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { _folder?.Delete(recursive: true); } catch (IOException) { }
    }
}
