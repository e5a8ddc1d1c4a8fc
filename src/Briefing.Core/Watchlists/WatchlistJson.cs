using System.Text.Json;
using Briefing.Core.Extraction;
using Briefing.Core.Positions;
using Briefing.Core.Positions.Text;

namespace Briefing.Core.Watchlists;

/// <summary>A watch-list file that cannot be used. <see cref="Path"/> is a JSON path ("$.topics[2].keywords[0]");
/// <see cref="Line"/> (1-based) is known for syntax errors only.</summary>
public sealed class WatchlistFormatException(string message, string path, long? line = null, Exception? inner = null)
    : FormatException(message, inner)
{
    public string Path { get; } = path;
    public long? Line { get; } = line;
}

/// <summary>Reads <c>seeds/watchlist.json</c>:
/// <c>{ "version": 1, "actors": [{ "name", "kind": "person|organization|place", "aliases": [], "role", "affiliation" }],
/// "topics": [{ "name", "description", "keywords": [], "supportCues": [], "opposeCues": [], "urgent": false }] }</c>.
/// Comments and trailing commas are allowed; unknown properties are errors (they are usually typos) unless their
/// name starts with "_" or "$". Pure: parses the string or stream it is given.</summary>
public static class WatchlistJson
{
    private static readonly JsonDocumentOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static Watchlist Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var doc = JsonDocument.Parse(json, Options);
            return Read(doc.RootElement);
        }
        catch (JsonException ex) { throw Syntax(ex); }
    }

    public static Watchlist Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        try
        {
            using var doc = JsonDocument.Parse(stream, Options);
            return Read(doc.RootElement);
        }
        catch (JsonException ex) { throw Syntax(ex); }
    }

    private static WatchlistFormatException Syntax(JsonException ex)
    {
        var line = ex.LineNumber + 1;
        var column = ex.BytePositionInLine + 1;
        return new WatchlistFormatException(
            $"watch-list: invalid JSON at line {line}, column {column}: {ex.Message}", ex.Path ?? "$", line, ex);
    }

    private static Watchlist Read(JsonElement root)
    {
        Expect(root, JsonValueKind.Object, "$");
        CheckProperties(root, "$", "version", "actors", "topics");
        if (root.TryGetProperty("version", out var version) &&
            (version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var v) || v != 1))
            throw Error("$.version", $"unsupported version {version.GetRawText()} (expected 1)");

        var actors = new List<WatchedActor>();
        var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (root.TryGetProperty("actors", out var actorsElement))
        {
            Expect(actorsElement, JsonValueKind.Array, "$.actors");
            var i = 0;
            foreach (var a in actorsElement.EnumerateArray())
            {
                var path = $"$.actors[{i++}]";
                var actor = ReadActor(a, path);
                if (actors.Exists(x => x.Name.Equals(actor.Name, StringComparison.OrdinalIgnoreCase)))
                    throw Error(path, $"duplicate actor '{actor.Name}'");
                foreach (var name in (string[])[actor.Name, .. actor.Aliases])
                {
                    if (owners.TryGetValue(name, out var owner) && owner != actor.Name)
                        throw Error(path, $"'{name}' of actor '{actor.Name}' is already a name or alias of '{owner}'");
                    owners[name] = actor.Name;
                }
                actors.Add(actor);
            }
        }

        var topics = new List<WatchedTopic>();
        if (root.TryGetProperty("topics", out var topicsElement))
        {
            Expect(topicsElement, JsonValueKind.Array, "$.topics");
            var i = 0;
            foreach (var t in topicsElement.EnumerateArray())
            {
                var path = $"$.topics[{i++}]";
                var topic = ReadTopic(t, path);
                if (topics.Exists(x => x.Name.Equals(topic.Name, StringComparison.OrdinalIgnoreCase)))
                    throw Error(path, $"duplicate topic '{topic.Name}'");
                topics.Add(topic);
            }
        }
        return new Watchlist(actors, topics);
    }

    private static WatchedActor ReadActor(JsonElement a, string path)
    {
        Expect(a, JsonValueKind.Object, path);
        CheckProperties(a, path, "name", "kind", "aliases", "role", "affiliation");
        var name = RequiredString(a, "name", path);
        var kindText = RequiredString(a, "kind", path);
        var kind = kindText.ToLowerInvariant() switch
        {
            "person" => ActorKind.Person,
            "organization" or "organisation" => ActorKind.Organization,
            "place" => ActorKind.Place,
            _ => throw Error($"{path}.kind", $"unknown actor kind '{kindText}' (expected person, organization or place)"),
        };
        var aliases = Strings(a, "aliases", path, required: false, phrases: false);
        return new WatchedActor(name, kind, aliases, OptionalString(a, "role", path), OptionalString(a, "affiliation", path));
    }

    /// <summary>A JSON array of topics in the watch-list shape (the <c>stance</c> command's topics file). Unlike the
    /// watch-list, unknown properties of a topic are ignored (benchmark files carry their own, such as <c>target</c>).</summary>
    public static IReadOnlyList<WatchedTopic> ParseTopics(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var doc = JsonDocument.Parse(json, Options);
            Expect(doc.RootElement, JsonValueKind.Array, "$");
            var topics = new List<WatchedTopic>();
            var i = 0;
            foreach (var t in doc.RootElement.EnumerateArray())
            {
                var path = $"$[{i++}]";
                var topic = ReadTopic(t, path, strict: false);
                if (topics.Exists(x => x.Name.Equals(topic.Name, StringComparison.OrdinalIgnoreCase)))
                    throw Error(path, $"duplicate topic '{topic.Name}'");
                topics.Add(topic);
            }
            return topics;
        }
        catch (JsonException ex) { throw Syntax(ex); }
    }

    private static WatchedTopic ReadTopic(JsonElement t, string path, bool strict = true)
    {
        Expect(t, JsonValueKind.Object, path);
        if (strict) CheckProperties(t, path, "name", "description", "keywords", "supportCues", "opposeCues", "urgent", "examples");
        var name = RequiredString(t, "name", path);
        var description = RequiredString(t, "description", path);
        var keywords = Strings(t, "keywords", path, required: true, phrases: true);
        var support = Strings(t, "supportCues", path, required: false, phrases: true);
        var oppose = Strings(t, "opposeCues", path, required: false, phrases: true);
        var urgent = false;
        if (t.TryGetProperty("urgent", out var u))
        {
            if (u.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                throw Error($"{path}.urgent", $"expected true or false but found {u.ValueKind.ToString().ToLowerInvariant()}");
            urgent = u.GetBoolean();
        }
        return new WatchedTopic(name, description, keywords, urgent, support, oppose, Examples(t, path));
    }

    private static TopicExample[] Examples(JsonElement t, string path)
    {
        if (!t.TryGetProperty("examples", out var value) || value.ValueKind == JsonValueKind.Null) return [];
        var here = $"{path}.examples";
        Expect(value, JsonValueKind.Array, here);
        var result = new List<TopicExample>();
        var i = 0;
        foreach (var e in value.EnumerateArray())
        {
            var itemPath = $"{here}[{i++}]";
            Expect(e, JsonValueKind.Object, itemPath);
            var text = RequiredString(e, "text", itemPath);
            var label = RequiredString(e, "stance", itemPath);
            var stance = StanceNames.ParseLabel(label)
                ?? throw Error($"{itemPath}.stance", $"unknown stance '{label}' (expected supports, opposes or none)");
            result.Add(new TopicExample(text, stance));
        }
        return [.. result];
    }

    private static string RequiredString(JsonElement e, string property, string path)
    {
        if (!e.TryGetProperty(property, out var value))
            throw Error(path, $"missing required property '{property}'");
        Expect(value, JsonValueKind.String, $"{path}.{property}");
        var s = value.GetString()!.Trim();
        if (s.Length == 0) throw Error($"{path}.{property}", "must not be empty");
        return s;
    }

    private static string? OptionalString(JsonElement e, string property, string path)
    {
        if (!e.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        Expect(value, JsonValueKind.String, $"{path}.{property}");
        var s = value.GetString()!.Trim();
        return s.Length == 0 ? null : s;
    }

    private static string[] Strings(JsonElement e, string property, string path, bool required, bool phrases)
    {
        if (!e.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null)
            return required ? throw Error(path, $"missing required property '{property}'") : [];
        var here = $"{path}.{property}";
        Expect(value, JsonValueKind.Array, here);
        var result = new List<string>();
        var i = 0;
        foreach (var item in value.EnumerateArray())
        {
            var itemPath = $"{here}[{i++}]";
            Expect(item, JsonValueKind.String, itemPath);
            var s = item.GetString()!.Trim();
            if (s.Length == 0) throw Error(itemPath, "must not be empty");
            if (phrases && PhraseLexicon.Validate(s) is { } problem) throw Error(itemPath, problem);
            if (!result.Contains(s, StringComparer.OrdinalIgnoreCase)) result.Add(s);
        }
        if (required && result.Count == 0) throw Error(here, "must list at least one entry");
        return [.. result];
    }

    private static void Expect(JsonElement e, JsonValueKind kind, string path)
    {
        if (e.ValueKind != kind)
            throw Error(path, $"expected {Name(kind)} but found {Name(e.ValueKind)}");
    }

    private static void CheckProperties(JsonElement e, string path, params string[] known)
    {
        foreach (var p in e.EnumerateObject())
            if (Array.IndexOf(known, p.Name) < 0 && !p.Name.StartsWith('_') && !p.Name.StartsWith('$'))
                throw Error($"{path}.{p.Name}", $"unknown property '{p.Name}' (expected one of: {string.Join(", ", known)})");
    }

    private static string Name(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    private static WatchlistFormatException Error(string path, string what) => new($"watch-list: {path}: {what}", path);
}
