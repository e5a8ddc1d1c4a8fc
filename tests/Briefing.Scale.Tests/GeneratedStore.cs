extern alias cli;
using cli::Briefing.Cli.Generate;
using Briefing.Testing;

namespace Briefing.Scale.Tests;

/// <summary>One small generated store (100 articles, ~1,000 statements) shared by the tests of a class: the same
/// generator as the million-statement benchmark, so the large run cannot rot.</summary>
public sealed class GeneratedStore : IDisposable
{
    public GeneratedStore()
    {
        Folder = Directory.CreateTempSubdirectory("briefing-scale-").FullName;
        Summary = GenerateCommand.Generate(
            new GenerateCommand.Settings(DatabasePath, Articles: 100, StatementsPerArticle: 10, Actors: 20, Days: 60,
                WatchlistPath: Path.Combine(RepoPaths.Seeds, "watchlist.json")),
            TextWriter.Null);
    }

    public string Folder { get; }

    public string DatabasePath => Path.Combine(Folder, "briefing.db");

    public string Summary { get; }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { } // a late pooled handle; the OS temp cleaner gets it
    }
}
