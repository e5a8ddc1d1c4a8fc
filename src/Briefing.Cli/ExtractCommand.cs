using System.Text.Json;
using Briefing.Core.Extraction;
using Briefing.Core.Watchlists;

namespace Briefing.Cli;

/// <summary>`extract IN OUT [--watchlist FILE]`: every *.json (id, text) and *.txt (id = file name) in IN becomes
/// OUT/id.json in the scorer's prediction format, using the same <see cref="ArticleExtractor"/> as the app.</summary>
public static class ExtractCommand
{
    public static int Run(string inDir, string outDir, string? watchlistPath, ExtractorSettings? settings = null)
    {
        if (!Directory.Exists(inDir))
        {
            Console.Error.WriteLine($"input folder not found: {inDir}");
            return 2;
        }
        var (count, failed) = ExtractAll(inDir, outDir, new ArticleExtractor(LoadWatchlist(watchlistPath), settings ?? ExtractorSettings.Default));
        Console.Error.WriteLine($"extracted {count} articles into {outDir}" + (failed > 0 ? $" ({failed} failed)" : ""));
        return failed > 0 ? 1 : 0;
    }

    /// <summary>Extracts every article of <paramref name="inDir"/> into prediction files in <paramref name="outDir"/>.</summary>
    public static (int Count, int Failed) ExtractAll(string inDir, string outDir, ArticleExtractor extractor)
    {
        Directory.CreateDirectory(outDir);
        var files = Directory.EnumerateFiles(inDir)
            .Where(f => f.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
            .Where(f => !Path.GetFileName(f).StartsWith("prepare_stats", StringComparison.Ordinal));
        var count = 0;
        var failed = 0;
        Parallel.ForEach(files, file =>
        {
            try
            {
                var (id, text) = ReadArticle(file);
                if (id is null || text is null)
                {
                    return;
                }
                var bytes = Predictions.ToJson(id, extractor.Extract(text));
                File.WriteAllBytes(Path.Combine(outDir, id + ".json"), bytes);
                Interlocked.Increment(ref count);
            }
            catch (Exception ex) when (ex is IOException or JsonException or InvalidOperationException)
            {
                Interlocked.Increment(ref failed);
                Console.Error.WriteLine($"{file}: {ex.Message}");
            }
        });
        return (count, failed);
    }

    private static (string? Id, string? Text) ReadArticle(string file)
    {
        if (file.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
        {
            return (Path.GetFileNameWithoutExtension(file), File.ReadAllText(file));
        }
        using var stream = File.OpenRead(file);
        using var doc = JsonDocument.Parse(stream);
        var root = doc.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
        {
            return (null, null);
        }
        var id = root.TryGetProperty("id", out var idEl) && idEl.ValueKind == JsonValueKind.String
            ? idEl.GetString()
            : Path.GetFileNameWithoutExtension(file);
        return (id, text.GetString());
    }

    internal static Watchlist? LoadWatchlist(string? path)
    {
        if (path is null)
        {
            var root = WatchlistFile.FindRepoRoot(AppContext.BaseDirectory) ?? WatchlistFile.FindRepoRoot(Directory.GetCurrentDirectory());
            var candidate = root is null ? null : Path.Combine(root, "seeds", "watchlist.json");
            if (candidate is null || !File.Exists(candidate))
            {
                return null;
            }
            path = candidate;
        }
        try
        {
            return WatchlistFile.Load(path);
        }
        catch (Exception ex) when (ex is IOException or JsonException or NotSupportedException)
        {
            Console.Error.WriteLine($"watch-list {path} not loaded: {ex.Message}");
            return null;
        }
    }
}
