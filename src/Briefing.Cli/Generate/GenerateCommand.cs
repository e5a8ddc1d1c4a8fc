using System.Diagnostics;
using Briefing.Core.Positions;
using Briefing.Core.Watchlists;
using Briefing.Data.Positions;
using Briefing.Data.Schema;
using Briefing.Data.Topics;

namespace Briefing.Cli.Generate;

/// <summary><c>generate DB --articles N</c>: fills a new store with invented articles, statements, mentions,
/// classifications and positions spread over months, for scale benchmarks and load tests. It writes the app's own
/// schema (same migrations), classifies with the app's own analyzer and builds positions with the app's own store
/// code, so the app opens the file as if it had ingested every article itself.</summary>
public static class GenerateCommand
{
    public sealed record Settings(string DatabasePath, int Articles = 100_000, int StatementsPerArticle = 10, int? Actors = null,
        int Days = 180, int Seed = 1, string? WatchlistPath = null);

    public static int Run(string[] args)
    {
        if (Parse(args) is not { } settings)
        {
            Console.Error.WriteLine("usage: briefing generate <database-file> [--articles 100000] [--statements-per-article 10] [--actors N] [--days 180] [--seed 1] [--watchlist seeds/watchlist.json]");
            return 2;
        }
        if (File.Exists(settings.DatabasePath) && new FileInfo(settings.DatabasePath).Length > 0)
        {
            Console.Error.WriteLine($"{settings.DatabasePath} exists; generate writes a new store only.");
            return 1;
        }
        var summary = Generate(settings, Console.Out);
        Console.WriteLine(summary);
        return 0;
    }

    /// <summary>Generates the store; returns a one-line summary with counts and timings.</summary>
    public static string Generate(Settings settings, TextWriter log)
    {
        var total = Stopwatch.StartNew();
        var database = new Database(settings.DatabasePath);
        database.Migrate();
        var watchlist = LoadWatchlist(settings.WatchlistPath);
        var topicStore = new TopicStore(database, TimeProvider.System);
        topicStore.SeedIfEmpty(watchlist.Topics);
        var topicIds = topicStore.List().ToDictionary(t => t.Name, t => t.Id, StringComparer.OrdinalIgnoreCase);
        var analyzer = new PositionAnalyzer(watchlist.Topics);
        var wire = new FictionalWire(settings.Seed, watchlist.Topics);
        var cast = wire.Cast(settings.Actors ?? Math.Clamp(settings.Articles / 50, 50, 20_000));

        var classified = new List<StatementTopic>();
        long statements = 0;
        using (var writer = new BulkWriter(database))
        {
            writer.Meta("seeds_ingested_at", DateTimeOffset.UtcNow);
            writer.Actors(cast);
            var end = DateTimeOffset.UtcNow;
            var span = TimeSpan.FromDays(settings.Days);
            const int Chunk = 2_000;
            for (var from = 0; from < settings.Articles; from += Chunk)
            {
                var count = Math.Min(Chunk, settings.Articles - from);
                var articles = Enumerable.Range(from, count).Select(_ => wire.Article(cast, settings.StatementsPerArticle)).ToArray();
                var topics = Classify(analyzer, topicIds, articles, from);
                writer.Articles(articles, from, i => end - span + span * ((i + 1.0) / settings.Articles), wire);
                classified.AddRange(topics);
                statements += articles.Sum(a => a.Statements.Count);
                if ((from / Chunk) % 10 == 0) log.WriteLine($"  {from + count:N0} articles, {statements:N0} statements, {total.Elapsed.TotalSeconds:F0} s");
            }
        }
        var written = total.Elapsed;
        var pairs = new PositionStore(database).ReplaceAll(classified);
        return $"generated {settings.Articles:N0} articles, {statements:N0} statements, {cast.Count:N0} actors, " +
               $"{classified.Count:N0} classifications, {pairs:N0} positions into {database.Path} " +
               $"(articles in {written.TotalSeconds:F1} s, positions in {(total.Elapsed - written).TotalSeconds:F1} s)";
    }

    /// <summary>The app's own topic analysis, in parallel (it is pure); ids follow StatementStore.IdFor.</summary>
    private static List<StatementTopic> Classify(PositionAnalyzer analyzer, IReadOnlyDictionary<string, string> topicIds,
        GeneratedArticle[] articles, int firstIndex)
    {
        var perArticle = new List<StatementTopic>[articles.Length];
        Parallel.For(0, articles.Length, a =>
        {
            var found = new List<StatementTopic>();
            var article = articles[a];
            for (var s = 0; s < article.Statements.Count; s++)
            {
                var statement = article.Statements[s];
                var sentence = article.Text[statement.SentenceStart..statement.SentenceEnd];
                foreach (var result in analyzer.Analyze(statement.Text, sentence, "said"))
                {
                    if (!topicIds.TryGetValue(result.Topic.Name, out var topicId)) continue;
                    found.Add(new StatementTopic(Briefing.Data.Statements.StatementStore.IdFor(BulkWriter.ArticleId(firstIndex + a), s),
                        topicId, result.Stance, result.Confidence,
                        result.Match.Hits.Select(h => h.Keyword).Distinct().ToArray(),
                        result.Judgement.Cues.Select(c => c.Text).Distinct().ToArray()));
                }
            }
            perArticle[a] = found;
        });
        return perArticle.SelectMany(x => x).ToList();
    }

    private static Watchlist LoadWatchlist(string? path)
    {
        path ??= WatchlistFile.FindRepoRoot(AppContext.BaseDirectory) is { } root ? Path.Combine(root, "seeds", "watchlist.json") : null;
        return path is not null && File.Exists(path) ? WatchlistFile.Load(path) : Watchlist.Empty;
    }

    private static Settings? Parse(string[] args)
    {
        if (args.Length < 2 || args[1].StartsWith("--", StringComparison.Ordinal)) return null;
        var settings = new Settings(args[1]);
        for (var i = 2; i < args.Length - 1; i += 2)
        {
            var value = args[i + 1];
            settings = args[i] switch
            {
                "--articles" when int.TryParse(value, out var n) && n > 0 => settings with { Articles = n },
                "--statements-per-article" when int.TryParse(value, out var n) && n > 0 => settings with { StatementsPerArticle = n },
                "--actors" when int.TryParse(value, out var n) && n > 0 => settings with { Actors = n },
                "--days" when int.TryParse(value, out var n) && n > 0 => settings with { Days = n },
                "--seed" when int.TryParse(value, out var n) => settings with { Seed = n },
                "--watchlist" => settings with { WatchlistPath = value },
                _ => null,
            };
            if (settings is null) return null;
        }
        return (args.Length - 2) % 2 == 0 ? settings : null;
    }
}
