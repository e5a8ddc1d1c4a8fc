using Briefing.Data.Inbox;
using Briefing.Data.Schema;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Briefing.Data.Tests;

public sealed class WalCheckpointTests : IDisposable
{
    private readonly TempDatabase _db = new(SqlDialect.Sqlite);

    public void Dispose() => _db.Dispose();

    [Fact]
    public void What_the_writer_commits_reaches_the_database_file_without_the_writer_checkpointing()
    {
        // A few pages, far below the writer's own checkpoint threshold (10,000 pages): only the background
        // checkpointer can have copied them into the file.
        var accepted = _db.Inbox.Accept(new ArticleSubmission("Harbour talks", "Aldo Varga said the harbour talks would go on."));

        var deadline = DateTime.UtcNow + Database.CheckpointInterval * 10;
        while (!InFileAlone(accepted.Id) && DateTime.UtcNow < deadline) Thread.Sleep(100);

        Assert.True(InFileAlone(accepted.Id), "the accepted row is still only in the WAL");
    }

    // Reads the database file as if the WAL did not exist (immutable: no WAL, no locks).
    private bool InFileAlone(string inboxId)
    {
        var uri = new Uri(_db.Database.Path).AbsoluteUri + "?immutable=1";
        using var file = new SqliteConnection($"Data Source={uri};Mode=ReadOnly;Pooling=False");
        file.Open();
        try
        {
            return file.ExecuteScalar<int>("SELECT count(*) FROM inbox WHERE id = @inboxId", new { inboxId }) == 1;
        }
        catch (SqliteException)
        {
            return false; // not even the schema has been copied into the file yet
        }
    }
}
