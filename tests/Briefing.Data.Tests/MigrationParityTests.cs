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

public sealed class PortableListParameterTests
{
    /// <summary>Dapper expands <c>IN @list</c> on SQLite but hands PostgreSQL one array, where that SQL is a syntax
    /// error: a store written against SQLite alone would fail only on PostgreSQL. Lists go through Database.In.</summary>
    [Fact]
    public void No_store_writes_IN_at_a_list_parameter_directly()
    {
        var offenders = Directory.EnumerateFiles(Path.Combine(Briefing.Testing.RepoPaths.Root, "src", "Briefing.Data"), "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.EndsWith("Database.cs", StringComparison.Ordinal))
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (file, line, i)))
            .Where(x => System.Text.RegularExpressions.Regex.IsMatch(x.line, @"\bIN\s+@", System.Text.RegularExpressions.RegexOptions.IgnoreCase))
            .Select(x => $"{Path.GetFileName(x.file)}:{x.i + 1}: {x.line.Trim()}")
            .ToList();
        Assert.Empty(offenders);
    }
}
