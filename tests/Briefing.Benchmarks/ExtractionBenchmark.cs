using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Briefing.Core.Extraction;

namespace Briefing.Benchmarks;

/// <summary>One pass of <see cref="ArticleExtractor"/> over every train text on one thread.</summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class ExtractionBenchmark
{
    private string[] _texts = [];
    private readonly ArticleExtractor _extractor = new();

    [GlobalSetup]
    public void Setup() => _texts = TrainTexts.Load() ?? [];

    [Benchmark]
    public int ExtractTrainSplit()
    {
        var n = 0;
        foreach (var t in _texts)
        {
            n += _extractor.Extract(t).Statements.Count;
        }
        return n;
    }

    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new WordsPerSecondColumn());
    }
}

/// <summary>Words (whitespace-separated tokens) of the train split divided by the mean time of one pass.</summary>
public sealed class WordsPerSecondColumn : IColumn
{
    private static readonly Lazy<long> Words = new(() => TrainTexts.CountWords(TrainTexts.Load() ?? []));

    public string Id => "WordsPerSecond";
    public string ColumnName => "Words/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Whitespace-separated words of all train texts per second of one pass, one thread";
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        var mean = report?.ResultStatistics?.Mean;
        return mean is null or 0 ? "n/a" : (Words.Value / (mean.Value / 1e9)).ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
    }
}
