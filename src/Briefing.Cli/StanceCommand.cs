using System.Text.Json;
using System.Text.Json.Nodes;
using Briefing.Core.Positions;
using Briefing.Core.Positions.Learned;
using Briefing.Core.Watchlists;
using Briefing.Embeddings;

namespace Briefing.Cli;

/// <summary><c>briefing stance TOPICS.json ITEMS.jsonl OUT.jsonl [--cues-only]</c>: the stance of each item's text on
/// its topic, with the same engine as the app. Bad input is reported with its file and line, exit code 2.</summary>
public static class StanceCommand
{
    public sealed class InputException(string message) : Exception(message);

    private sealed record Item(string Id, JsonNode IdNode, string Topic, string Text);

    public static int Run(string topicsPath, string itemsPath, string outPath, bool cuesOnly, string? cachePath = null,
        string? priorPath = null, bool noPrior = false)
    {
        try
        {
            var topics = ReadTopics(topicsPath);
            var items = ReadItems(itemsPath, topics);
            var options = Options() with { UseSentiment = !noPrior, Sentiment = priorPath is null ? null : ReadPrior(priorPath) };
            ISentenceEmbedder? embedder = cuesOnly ? null : MiniLmEmbedder.Shared;
            using var cache = cachePath is null || embedder is null ? null : new VectorCacheFile(cachePath, embedder);
            var engine = new StanceEngine(topics, cache ?? embedder, options);
            var vectors = engine.Embed(items.Select(i => i.Text).ToArray());
            using var output = new StreamWriter(outPath);
            // Tuning runs: what the gate and the sentiment prior saw, beside each answer.
            var debug = Environment.GetEnvironmentVariable("BRIEFING_STANCE_DEBUG") == "1";
            for (var i = 0; i < items.Count; i++)
            {
                var item = items[i];
                var o = engine.Judge(item.Topic, item.Text, vectors[i]);
                var line = new JsonObject
                {
                    ["id"] = item.IdNode.DeepClone(),
                    ["topic"] = item.Topic,
                    ["stance"] = o.Addressed ? StanceNames.Of(o.Stance) : StanceNames.None,
                    ["confidence"] = o.Confidence,
                    ["basis"] = o.Basis.ToString().ToLowerInvariant(),
                };
                if (debug)
                {
                    line["relevance"] = Math.Round(o.Relevance, 3);
                    line["strength"] = o.Sentiment is { } read ? Math.Round(read.Strength, 3) : null;
                    line["positive"] = o.Sentiment is { } r ? Math.Round(r.Positive, 4) : null;
                    line["polarity"] = o.Polarity;
                    line["restriction"] = o.Sentiment?.OfRestriction;
                    line["words"] = o.Sentiment?.Words.Count;
                    line["named"] = o.Match is { ContextOnly: false };
                    line["cue"] = StanceNames.Of(o.Prior.Stance);
                }
                output.WriteLine(line.ToJsonString());
            }
            Console.Error.WriteLine($"stance: {items.Count} items, {topics.Count} topics{(cuesOnly ? " (cues only)" : "")} -> {outPath}");
            return 0;
        }
        catch (InputException ex)
        {
            Console.Error.WriteLine($"stance: {ex.Message}");
            return 2;
        }
    }

    /// <summary>Engine settings from the environment (BRIEFING_STANCE_L2, ...), for tuning runs on a dev split.</summary>
    private static StanceEngineOptions Options()
    {
        var o = new StanceEngineOptions();
        static double? Number(string name) =>
            double.TryParse(Environment.GetEnvironmentVariable(name), System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : null;
        if (Number("BRIEFING_STANCE_L2") is { } l2) o = o with { L2 = l2 };
        if (Number("BRIEFING_STANCE_RELEVANCE") is { } r) o = o with { Relevance = r };
        if (Number("BRIEFING_STANCE_EXAMPLE_RELEVANCE") is { } er) o = o with { ExampleRelevance = er };
        if (Number("BRIEFING_STANCE_CENTROID") is { } cb) o = o with { CentroidBlend = cb };
        if (Number("BRIEFING_STANCE_PRIOR") is { } prior) o = o with { PriorStrength = prior };
        if (Number("BRIEFING_STANCE_RELEVANCE_PRIOR") is { } rp) o = o with { RelevancePrior = rp };
        if (Number("BRIEFING_STANCE_COMMIT") is { } sc) o = o with { SentimentCommit = sc };
        if (Number("BRIEFING_STANCE_ZERO_COMMIT") is { } zc) o = o with { ZeroShotCommit = zc };
        if (Environment.GetEnvironmentVariable("BRIEFING_STANCE_EVALUATE") == "0") o = o with { Evaluate = false };
        if (Environment.GetEnvironmentVariable("BRIEFING_STANCE_RESTRICTION") == "0") o = o with { RestrictionFrame = false };
        return o;
    }

    private static SentimentPrior ReadPrior(string path)
    {
        if (!File.Exists(path)) throw new InputException($"{path}: no such file");
        try
        {
            using var stream = File.OpenRead(path);
            return SentimentPrior.Load(stream);
        }
        catch (Exception ex) when (ex is InvalidDataException or EndOfStreamException) { throw new InputException($"{path}: {ex.Message}"); }
    }

    private static IReadOnlyList<WatchedTopic> ReadTopics(string path)
    {
        if (!File.Exists(path)) throw new InputException($"{path}: no such file");
        try
        {
            var topics = WatchlistJson.ParseTopics(File.ReadAllText(path));
            _ = new PositionAnalyzer(topics); // keyword and cue syntax errors surface here, not mid-run
            return topics;
        }
        catch (WatchlistFormatException ex)
        {
            throw new InputException($"{path}{(ex.Line is { } l ? $" line {l}" : "")}: {ex.Message.Replace("watch-list: ", "")}");
        }
        catch (ArgumentException ex) { throw new InputException($"{path}: {ex.Message}"); }
    }

    private static List<Item> ReadItems(string path, IReadOnlyList<WatchedTopic> topics)
    {
        if (!File.Exists(path)) throw new InputException($"{path}: no such file");
        var names = topics.ToDictionary(t => t.Name, t => t.Name, StringComparer.OrdinalIgnoreCase);
        var items = new List<Item>();
        var ids = new HashSet<string>();
        var n = 0;
        foreach (var raw in File.ReadLines(path))
        {
            n++;
            if (string.IsNullOrWhiteSpace(raw)) continue;
            JsonObject obj;
            try { obj = JsonNode.Parse(raw) as JsonObject ?? throw new InputException($"{path} line {n}: expected a JSON object"); }
            catch (JsonException ex) { throw new InputException($"{path} line {n}: invalid JSON: {ex.Message}"); }
            var idNode = obj["id"] ?? throw new InputException($"{path} line {n}: missing 'id'");
            var id = idNode.GetValueKind() switch
            {
                JsonValueKind.String => idNode.GetValue<string>(),
                JsonValueKind.Number => idNode.ToJsonString(),
                _ => throw new InputException($"{path} line {n}: 'id' must be a string or a number"),
            };
            if (!ids.Add(id)) throw new InputException($"{path} line {n}: duplicate id '{id}'");
            var topic = String(obj, "topic", path, n);
            if (!names.TryGetValue(topic, out var name)) throw new InputException($"{path} line {n}: unknown topic '{topic}'");
            items.Add(new Item(id, idNode, name, String(obj, "text", path, n)));
        }
        return items;
    }

    private static string String(JsonObject obj, string field, string path, int line)
    {
        var node = obj[field];
        if (node is null || node.GetValueKind() != JsonValueKind.String)
            throw new InputException($"{path} line {line}: '{field}' must be a string");
        return node.GetValue<string>();
    }
}
