using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Briefing.Core.Extraction;

namespace Briefing.Cli;

/// <summary>`extract --ablate [IN] [--scorer FILE]`: scores the split with every rule on, then once with each rule of
/// <see cref="ExtractionRules.All"/> switched off, and prints what each rule earns (F1 and speaker accuracy lost
/// without it). Scoring uses the shared PolNeAR scorer (python3), exactly as scripts/eval-dev.sh does.</summary>
public static class AblateCommand
{
    public static int Run(string? inDir, string? scorer, string? watchlistPath)
    {
        var root = WatchlistFile.FindRepoRoot(Directory.GetCurrentDirectory()) ?? WatchlistFile.FindRepoRoot(AppContext.BaseDirectory);
        inDir ??= root is null ? null : Path.Combine(root, "..", "shared", "data", "polnear", "dev");
        scorer ??= root is null ? null : Path.Combine(root, "..", "shared", "eval", "score_quotes.py");
        if (inDir is null || !Directory.Exists(inDir) || scorer is null || !File.Exists(scorer))
        {
            Console.Error.WriteLine($"need the split folder ({inDir}) and the scorer ({scorer})");
            return 2;
        }
        var watchlist = ExtractCommand.LoadWatchlist(watchlistPath);
        var baseline = Score(inDir, scorer, new ArticleExtractor(watchlist));
        Console.WriteLine($"# Rule ablation on {Path.GetFileName(Path.GetFullPath(inDir))}: each row is the score with that one rule off; Δ = all rules on minus that score (positive = the rule helps).");
        Console.WriteLine();
        Console.WriteLine($"all rules on: {baseline.Line}");
        Console.WriteLine();
        Console.WriteLine("| # | rule | stage | direct F1 | Δ | direct speaker | Δ | all F1 | Δ | all speaker | Δ |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|");
        var n = 0;
        foreach (var rule in ExtractionRules.All)
        {
            var s = Score(inDir, scorer, new ArticleExtractor(watchlist, ExtractorSettings.Default.Without(rule.Id)));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {++n} | {rule.Id} | {rule.Stage} | {s.DirectF1:0.0000} | {baseline.DirectF1 - s.DirectF1:+0.0000;-0.0000;0} | {s.DirectSpeaker:0.0000} | {baseline.DirectSpeaker - s.DirectSpeaker:+0.0000;-0.0000;0} | {s.AllF1:0.0000} | {baseline.AllF1 - s.AllF1:+0.0000;-0.0000;0} | {s.AllSpeaker:0.0000} | {baseline.AllSpeaker - s.AllSpeaker:+0.0000;-0.0000;0} |"));
        }
        return 0;
    }

    private sealed record Scores(string Line, double DirectF1, double DirectSpeaker, double AllF1, double AllSpeaker);

    private static Scores Score(string inDir, string scorer, ArticleExtractor extractor)
    {
        // The score goes beside the folder, not into it: the scorer reads every file in the folder as a prediction.
        var outDir = Directory.CreateTempSubdirectory("briefing-ablate-").FullName;
        try
        {
            ExtractCommand.ExtractAll(inDir, outDir, extractor);
            var json = outDir + ".json";
            var psi = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var arg in new[] { scorer, inDir, outDir, "--json", json })
            {
                psi.ArgumentList.Add(arg);
            }
            using var p = Process.Start(psi) ?? throw new InvalidOperationException("python3 did not start");
            var stdout = p.StandardOutput.ReadToEnd();
            p.StandardError.ReadToEnd();
            p.WaitForExit();
            using var doc = JsonDocument.Parse(File.ReadAllBytes(json));
            var subsets = doc.RootElement.GetProperty("subsets");
            double Get(string subset, string name) => subsets.GetProperty(subset).GetProperty("product").GetProperty(name).GetDouble();
            return new Scores(stdout.TrimEnd().Split('\n')[^1], Get("direct", "F1"), Get("direct", "speaker_accuracy"), Get("all", "F1"), Get("all", "speaker_accuracy"));
        }
        finally
        {
            Directory.Delete(outDir, recursive: true);
            File.Delete(outDir + ".json");
        }
    }
}
