using Briefing.Core.Watchlists;

namespace Briefing.Core.Tests.Positions;

/// <summary>Finds files of the repository by walking up from the test binaries to the folder holding Briefing.sln.</summary>
internal static class SeedFiles
{
    public static string RepoRoot { get; } = FindRoot();

    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(RepoRoot, relativePath));

    public static string SeedArticle => Read(Path.Combine("seeds", "000_e8d4d3cecd10d668.txt"));

    public static Watchlist Watchlist { get; } = LoadWatchlist();

    /// <summary>The shortest span of the seed article that starts with <paramref name="start"/> and ends with
    /// <paramref name="end"/>: how the golden tests pick real statements until the extractor is merged.</summary>
    public static string Excerpt(string start, string end)
    {
        var text = SeedArticle;
        var from = text.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"seed article lacks '{start}'");
        var to = text.IndexOf(end, from, StringComparison.Ordinal);
        Assert.True(to >= 0, $"seed article lacks '{end}' after '{start}'");
        return text[from..(to + end.Length)];
    }

    private static Watchlist LoadWatchlist()
    {
        using var stream = File.OpenRead(Path.Combine(RepoRoot, "seeds", "watchlist.json"));
        return WatchlistJson.Load(stream);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Briefing.sln"))) return dir.FullName;
        throw new InvalidOperationException($"no Briefing.sln above {AppContext.BaseDirectory}");
    }
}
