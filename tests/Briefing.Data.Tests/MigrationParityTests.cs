using Briefing.Data.Schema;

namespace Briefing.Data.Tests;

public sealed class MigrationParityTests
{
    /// <summary>A migration appended for SQLite alone would leave PostgreSQL stores a step behind: each list must
    /// grow with the other (Migrations.cs and PostgresMigrations.cs).</summary>
    [SkippableFact]
    public void Every_SQLite_migration_has_a_PostgreSQL_twin_and_migrating_again_changes_nothing()
    {
        using var sqlite = new TempDatabase(SqlDialect.Sqlite);
        using var postgres = new TempDatabase(SqlDialect.Postgres);

        Assert.Equal(sqlite.Database.Migrate(), postgres.Database.Migrate());
        using var again = postgres.Reopen();
        Assert.Equal(sqlite.Database.Migrate(), again.Migrate());
    }
}
