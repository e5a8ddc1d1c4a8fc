using System.Diagnostics;
using System.Text;
using Briefing.Core.Extraction;

namespace Briefing.Benchmarks;

/// <summary>Extraction time against input size on pathological, repetitive text ("He said she said they said …"),
/// the shape that once made extraction quadratic. `dotnet run -c Release --project tests/Briefing.Benchmarks -- --repetitive`.</summary>
public static class Repetitive
{
    /// <summary>Shapes: no punctuation at all, comma-separated clauses, and everything inside one open quotation.</summary>
    private static readonly (string Name, string Prefix, string[] Words)[] Shapes =
    [
        ("plain", "", ["He said ", "she said ", "they said "]),
        ("commas", "", ["He said, ", "she said, ", "they said, "]),
        ("quoted", "Varga said: “", ["He said ", "she said ", "they said "]),
        ("quotes", "", ["\u201cYes,\u201d he said. ", "\u201cNo,\u201d she said. ", "\u201cMaybe,\u201d they said. "]),
    ];

    public static string Text(int bytes, int shape = 0)
    {
        var (_, prefix, words) = Shapes[shape];
        var builder = new StringBuilder(prefix, bytes + 32);
        for (var i = 0; builder.Length < bytes; i++) builder.Append(words[i % 3]);
        return builder.ToString();
    }

    public static void Run(int[] kilobytes, string? watchlistPath = null)
    {
        // The app extracts with the watch-list (seeds/watchlist.json); so should the benchmark.
        using var watchlist = watchlistPath is null ? null : File.OpenRead(watchlistPath);
        var extractor = new ArticleExtractor(watchlist is null ? null : Briefing.Core.Watchlists.WatchlistJson.Load(watchlist));
        extractor.Extract(Text(10_000)); // warm-up: JIT, lexicons
        for (var shape = 0; shape < Shapes.Length; shape++)
        foreach (var kb in kilobytes)
        {
            var text = Text(kb * 1000, shape);
            var stopwatch = Stopwatch.StartNew();
            var extraction = extractor.Extract(text);
            stopwatch.Stop();
            Console.WriteLine($"{Shapes[shape].Name,-7} {kb,5} KB  {stopwatch.Elapsed.TotalSeconds,8:F2} s  {kb / stopwatch.Elapsed.TotalSeconds,8:F0} KB/s  ({extraction.Statements.Count} statements)");
        }
    }
}
