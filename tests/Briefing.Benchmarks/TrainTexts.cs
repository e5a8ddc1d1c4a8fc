using System.Text.Json;

namespace Briefing.Benchmarks;

/// <summary>The `text` of every PolNeAR train article (../shared/data/polnear/train next to the repository).</summary>
public static class TrainTexts
{
    public static string Folder { get; } = FindFolder();

    public static string[]? Load()
    {
        if (!Directory.Exists(Folder))
        {
            return null;
        }
        return Directory.GetFiles(Folder, "*.json")
            .Where(f => !Path.GetFileName(f).StartsWith("prepare_stats", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f =>
            {
                using var doc = JsonDocument.Parse(File.ReadAllText(f));
                return doc.RootElement.GetProperty("text").GetString() ?? "";
            })
            .ToArray();
    }

    public static long CountWords(string[] texts)
    {
        long n = 0;
        foreach (var t in texts)
        {
            var inWord = false;
            foreach (var c in t)
            {
                var ws = char.IsWhiteSpace(c);
                if (!ws && !inWord)
                {
                    n++;
                }
                inWord = !ws;
            }
        }
        return n;
    }

    /// <summary>The folder holding Briefing.sln (the current directory when not found).</summary>
    public static string RepoRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Briefing.sln"))) return dir.FullName;
        return Directory.GetCurrentDirectory();
    }

    private static string FindFolder()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Briefing.sln")))
                {
                    return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data", "polnear", "train"));
                }
            }
        }
        return Path.GetFullPath(Path.Combine("..", "shared", "data", "polnear", "train"));
    }
}
