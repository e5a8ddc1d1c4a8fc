using System.Diagnostics;
using System.Text.Json;
using Briefing.Core.Positions;
using Briefing.Core.Positions.Learned;
using Briefing.Core.Watchlists;
using Briefing.Embeddings;

namespace Briefing.Benchmarks;

/// <summary>The stance stage's work per statement, as in the app: embed (MiniLM, batches of 64) then judge against
/// every topic (cue analysis + each topic's head). Statements: the SemEval-2016 tweets of ../shared/data/stance;
/// topics: its five topics, each with 25 labelled examples, so every head is live.</summary>
public static class StanceStageBenchmark
{
    public static int Run()
    {
        var folder = Path.Combine(TrainTexts.RepoRoot(), "..", "shared", "data", "stance", "semeval2016");
        if (!Directory.Exists(folder))
        {
            Console.WriteLine($"Stance data not found at {folder}; nothing to benchmark.");
            return 0;
        }
        var rows = File.ReadLines(Path.Combine(folder, "train.jsonl")).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var texts = rows.Select(r => r.GetProperty("text").GetString()!).ToArray();
        var topics = WatchlistJson.ParseTopics(File.ReadAllText(Path.Combine(folder, "topics.json")))
            .Select(t => t with
            {
                Examples = rows.Where(r => r.GetProperty("target").GetString() == TargetOf(folder, t.Name)).Take(25)
                    .Select(r => new TopicExample(r.GetProperty("text").GetString()!, StanceNames.ParseLabel(r.GetProperty("label").GetString()) ?? Stance.Unclear))
                    .ToArray(),
            }).ToList();

        var load = Stopwatch.StartNew();
        var embedder = MiniLmEmbedder.Shared;
        var engine = new StanceEngine(topics, embedder);
        load.Stop();
        Console.WriteLine($"model load + 5 heads trained: {load.Elapsed.TotalSeconds:F2} s");

        var sample = texts.Take(1000).ToArray();
        embedder.Embed(sample.Take(64).ToArray()); // warm-up
        var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
        var embed = Stopwatch.StartNew();
        var vectors = embedder.Embed(sample);
        embed.Stop();
        var judge = Stopwatch.StartNew();
        var judged = 0;
        for (var i = 0; i < sample.Length; i++) judged += engine.JudgeAll(sample[i], vectors[i]).Count;
        judge.Stop();
        var total = embed.Elapsed + judge.Elapsed;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu0;
        Console.WriteLine($"{sample.Length} statements, {Environment.ProcessorCount} cores: embed {sample.Length / embed.Elapsed.TotalSeconds:N0}/s, " +
                          $"judge (5 topics) {sample.Length / judge.Elapsed.TotalSeconds:N0}/s, stance stage {sample.Length / total.TotalSeconds:N0} statements/s " +
                          $"({judged} topic stances)");
        // On a shared, loaded machine wall time says little: CPU time per statement gives the rate on idle cores.
        Console.WriteLine($"CPU {cpu.TotalSeconds:F1} s for {sample.Length} statements: {sample.Length / (cpu.TotalSeconds / Environment.ProcessorCount):N0} statements/s " +
                          $"on {Environment.ProcessorCount} idle cores (load average now {File.ReadAllText("/proc/loadavg").Split(' ')[0]})");
        return 0;
    }

    private static string TargetOf(string folder, string name)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "topics.json")));
        return doc.RootElement.EnumerateArray().First(t => t.GetProperty("name").GetString() == name).GetProperty("target").GetString()!;
    }
}
