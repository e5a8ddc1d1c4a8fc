using Briefing.Data.Actors;
using Briefing.Data.Articles;
using Briefing.Data.Inbox;
using Briefing.Data.Schema;
using Briefing.Data.Positions;
using Briefing.Data.Statements;

namespace Briefing.Data.Tests;

/// <summary>A real SQLite file in a temp folder, migrated, with every store; deleted on dispose.</summary>
public sealed class TempDatabase : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("briefing-data-");

    public TempDatabase()
    {
        Database = new Database(System.IO.Path.Combine(_folder.FullName, "test.db"));
        Database.Migrate();
        Inbox = new InboxStore(Database, Clock);
        Actors = new ActorStore(Database, Clock);
        Statements = new StatementStore(Database);
        Positions = new PositionStore(Database);
        Articles = new ArticleStore(Database, Actors, Statements, Positions, Clock);
    }

    public TimeProvider Clock { get; } = TimeProvider.System;
    public Database Database { get; }
    public InboxStore Inbox { get; }
    public ActorStore Actors { get; }
    public StatementStore Statements { get; }
    public ArticleStore Articles { get; }
    public PositionStore Positions { get; }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { _folder.Delete(recursive: true); } catch (IOException) { }
    }
}
