using System.Text.Json;
using System.Text.Json.Serialization;
using Briefing.Core.Watchlists;

namespace Briefing.Cli;

/// <summary>Loads seeds/watchlist.json (camelCase or PascalCase properties, enum names as strings).</summary>
public static class WatchlistFile
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static Watchlist Load(string path)
    {
        var w = JsonSerializer.Deserialize<Watchlist>(File.ReadAllText(path), Options);
        return w is null ? Watchlist.Empty : new Watchlist(w.Actors ?? [], w.Topics ?? []);
    }

    /// <summary>The folder holding Briefing.sln, walking up from <paramref name="start"/>.</summary>
    public static string? FindRepoRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Briefing.sln")))
            {
                return dir.FullName;
            }
        }
        return null;
    }
}
