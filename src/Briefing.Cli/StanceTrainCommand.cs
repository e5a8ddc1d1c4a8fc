using System.Text.Json;
using System.Text.Json.Nodes;
using Briefing.Core.Positions.Learned;
using Briefing.Embeddings;

namespace Briefing.Cli;

/// <summary><c>briefing stance-train SENTIMENT.jsonl OUT.bin [--cache VECTORS.bin]</c>: trains the zero-shot
/// <see cref="SentimentPrior"/> from statements labelled <c>{"text", "sentiment": "positive"|"negative"}</c> (how the
/// statement speaks of what it discusses, whatever the topic) on all-MiniLM-L6-v2 vectors. An optional
/// <c>"keywords"</c> array names the topic the label is toward: a statement that speaks of restricting it
/// (<see cref="Briefing.Core.Positions.RestrictionFrame"/>) speaks of the restriction the other way round. scripts/stance/make_splits.py
/// writes such files from the benchmark data; scripts/stance/train-prior.sh trains the shipped model.
/// Bad input: file and line on stderr, exit code 2.</summary>
public static class StanceTrainCommand
{
    public static int Run(string inputPath, string outPath, string? cachePath = null)
    {
        try
        {
            var items = Read(inputPath);
            using var cache = cachePath is null ? null : new VectorCacheFile(cachePath, MiniLmEmbedder.Shared);
            ISentenceEmbedder embedder = cache ?? (ISentenceEmbedder)MiniLmEmbedder.Shared;
            var vectors = embedder.Embed(items.Select(i => i.Text).ToArray());
            var l2 = Knob("BRIEFING_PRIOR_L2", 1);
            var framed = items.Select((item, i) => Framed(vectors[i], item)).ToList();
            if (framed.All(f => f.Positive) || framed.All(f => !f.Positive))
                throw new StanceCommand.InputException($"{inputPath}: needs statements of both sentiments");
            var prior = SentimentPrior.Train(framed, l2, Knob("BRIEFING_PRIOR_VECTOR_PENALTY", 11));
            using (var output = File.Create(outPath)) prior.Save(output);
            Console.Error.WriteLine($"stance-train: {items.Count} statements ({framed.Count(f => f.Positive)} positive, " +
                $"{framed.Count(f => f.OfRestriction)} of a restriction), L2 {l2} -> {outPath}");
            return 0;
        }
        catch (StanceCommand.InputException ex)
        {
            Console.Error.WriteLine($"stance-train: {ex.Message}");
            return 2;
        }
    }

    /// <summary>A label toward the topic's subject, turned into one toward what the statement speaks of: a statement
    /// that speaks well of restricting the subject speaks ill of the subject.</summary>
    private static (float[] Vector, string Text, bool Positive, bool OfRestriction) Framed(float[] vector, (string Text, bool Positive, IReadOnlyList<string>? Keywords) item)
    {
        var ofRestriction = item.Keywords is not null && Briefing.Core.Positions.RestrictionFrame.Names(item.Text, item.Keywords);
        return (vector, item.Text, item.Positive != ofRestriction, ofRestriction);
    }

    /// <summary>A tuning knob from the environment (DEV runs only).</summary>
    private static double Knob(string name, double fallback) =>
        double.TryParse(Environment.GetEnvironmentVariable(name), System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : fallback;

    private static List<(string Text, bool Positive, IReadOnlyList<string>? Keywords)> Read(string path)
    {
        if (!File.Exists(path)) throw new StanceCommand.InputException($"{path}: no such file");
        var items = new List<(string, bool, IReadOnlyList<string>?)>();
        var n = 0;
        foreach (var raw in File.ReadLines(path))
        {
            n++;
            if (string.IsNullOrWhiteSpace(raw)) continue;
            JsonObject? obj;
            try { obj = JsonNode.Parse(raw) as JsonObject; }
            catch (JsonException ex) { throw new StanceCommand.InputException($"{path} line {n}: invalid JSON: {ex.Message}"); }
            var text = obj?["text"] is JsonValue t && t.TryGetValue<string>(out var s) ? s : null;
            var sentiment = obj?["sentiment"] is JsonValue l && l.TryGetValue<string>(out var label) ? label : null;
            if (text is null) throw new StanceCommand.InputException($"{path} line {n}: 'text' must be a string");
            if (sentiment is not ("positive" or "negative"))
                throw new StanceCommand.InputException($"{path} line {n}: 'sentiment' must be \"positive\" or \"negative\"");
            IReadOnlyList<string>? keywords = null;
            if (obj?["keywords"] is { } k)
                keywords = k is JsonArray a && a.All(w => w is JsonValue v && v.TryGetValue<string>(out _))
                    ? [.. a.Select(w => w!.GetValue<string>())]
                    : throw new StanceCommand.InputException($"{path} line {n}: 'keywords' must be an array of strings");
            items.Add((text, sentiment == "positive", keywords));
        }
        if (items.Count == 0) throw new StanceCommand.InputException($"{path}: needs statements of both sentiments");
        return items;
    }
}
