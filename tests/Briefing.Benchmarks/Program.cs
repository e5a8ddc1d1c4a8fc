using System.Diagnostics;
using BenchmarkDotNet.Running;
using Briefing.Benchmarks;

// Extraction throughput over the PolNeAR train texts. `--quick` times a few passes with a Stopwatch;
// otherwise BenchmarkDotNet runs ExtractionBenchmark (one thread) and prints words/s in its own column.
if (args.Contains("--repetitive"))
{
    // Sizes in KB after the flag's optional list: --repetitive 100,200,400,800
    var list = args.SkipWhile(a => a != "--repetitive").Skip(1).FirstOrDefault(a => !a.StartsWith("--")) ?? "100,200,400,800";
    var watchlist = args.SkipWhile(a => a != "--watchlist").Skip(1).FirstOrDefault();
    Repetitive.Run(list.Split(',').Select(int.Parse).ToArray(), watchlist);
    return 0;
}
if (args.Contains("--stance")) return StanceStageBenchmark.Run(); // stance stage statements/s (MiniLM + heads)
var texts = TrainTexts.Load();
if (texts is null)
{
    Console.WriteLine($"PolNeAR train data not found at {TrainTexts.Folder}; nothing to benchmark.");
    return 0;
}
if (args.Contains("--quick"))
{
    // `--without Rule,Rule` times the extractor with those rules off: what a rule costs, side by side with all on.
    var settings = Briefing.Core.Extraction.ExtractorSettings.Default;
    foreach (var name in (args.SkipWhile(a => a != "--without").Skip(1).FirstOrDefault() ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries))
    {
        settings = settings.Without(Enum.Parse<Briefing.Core.Extraction.ExtractionRule>(name.Trim()));
    }
    var extractor = new Briefing.Core.Extraction.ArticleExtractor(settings: settings);
    var words = TrainTexts.CountWords(texts);
    // `--warmup N` (default 1) passes before timing. The extractor is hundreds of methods: for several passes the
    // runtime keeps recompiling them (tier 0 → instrumented → tier 1) on a background thread, and that JIT time lands
    // in the CPU-seconds below. More warm-up passes time the extractor in its steady state, as a long-running server runs it.
    var warmup = int.Parse(args.SkipWhile(a => a != "--warmup").Skip(1).FirstOrDefault() ?? "1");
    for (var w = 0; w < warmup; w++)
    {
        foreach (var t in texts)
        {
            extractor.Extract(t);
        }
    }
    const int passes = 5;
    // On a shared, loaded machine wall time says little: CPU time gives the rate on an idle core.
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var sw = Stopwatch.StartNew();
    for (var p = 0; p < passes; p++)
    {
        foreach (var t in texts)
        {
            extractor.Extract(t);
        }
    }
    sw.Stop();
    Console.WriteLine($"{texts.Length} articles, {words:N0} words x {passes} passes in {sw.Elapsed.TotalSeconds:F2} s: {words * passes / sw.Elapsed.TotalSeconds:N0} words/s (one thread)");
    var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
    Console.WriteLine($"CPU time {cpuSeconds:F2} s: {words * passes / cpuSeconds:N0} words per CPU-second");
    return 0;
}
BenchmarkSwitcher.FromAssembly(typeof(ExtractionBenchmark).Assembly).Run(args.Length == 0 ? ["--filter", "*"] : args);
return 0;
