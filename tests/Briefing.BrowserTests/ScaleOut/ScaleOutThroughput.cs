using System.Diagnostics;
using System.Net.Http.Json;
using Briefing.Testing;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace Briefing.BrowserTests.ScaleOut;

/// <summary>Articles committed per second by one node on SQLite, one node on PostgreSQL and two nodes on PostgreSQL,
/// working off the same pre-filled inbox. Not in the default run: <c>scripts/scale-bench.sh</c>.</summary>
public sealed class ScaleOutThroughput(ITestOutputHelper output)
{
    private static int Articles => int.TryParse(Environment.GetEnvironmentVariable("SCALE_BENCH_ARTICLES"), out var n) ? n : 2000;

    [EnvFact("SCALE_BENCH", "Throughput of one node against two (PostgreSQL + Redis)")]
    public async Task Articles_per_second_with_one_node_on_sqlite_and_one_and_two_nodes_on_postgres()
    {
        var sqlite = await MeasureSqliteAsync();
        var one = await MeasurePostgresAsync(nodes: 1);
        var two = await MeasurePostgresAsync(nodes: 2);
        output.WriteLine($"{Articles} articles, {Environment.ProcessorCount} cores: SQLite 1 node {sqlite:F0}/s; PostgreSQL 1 node {one:F0}/s, 2 nodes {two:F0}/s ({two / one:F2}x)");
        Console.WriteLine($"SCALE-BENCH articles={Articles} cores={Environment.ProcessorCount} sqlite1={sqlite:F1} pg1={one:F1} pg2={two:F1}");
    }

    private async Task<double> MeasureSqliteAsync()
    {
        var folder = Directory.CreateTempSubdirectory("briefing-bench-");
        try
        {
            await using var node = new AppProcess(folder.FullName, Settings(processInbox: false));
            await node.StartAsync();
            await FillInboxAsync(node);
            await node.KillAsync();
            await using var worker = new AppProcess(folder.FullName, Settings(processInbox: true));
            return await TimeAsync(() => worker.StartAsync(), () =>
            {
                using var connection = new SqliteConnection($"Data Source={Path.Combine(folder.FullName, "briefing.db")};Mode=ReadOnly;Pooling=False");
                connection.Open();
                using var command = new SqliteCommand("SELECT count(*) FROM inbox WHERE status = 'done'", connection);
                return (long)command.ExecuteScalar()!;
            });
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            try { folder.Delete(recursive: true); } catch (IOException) { }
        }
    }

    private async Task<double> MeasurePostgresAsync(int nodes)
    {
        await using var cluster = new ScaleOutCluster();
        var loader = cluster.Node("loader", Settings(processInbox: false));
        await loader.StartAsync();
        await FillInboxAsync(loader);
        await loader.KillAsync();
        var workers = Enumerable.Range(0, nodes).Select(i => cluster.Node($"worker{i}", Settings(processInbox: true))).ToList();
        return await TimeAsync(async () =>
        {
            foreach (var worker in workers) worker.Start();
            await Task.WhenAll(workers.Select(w => w.WaitReadyAsync()));
        }, () => cluster.Count("SELECT count(*) FROM inbox WHERE status = 'done'"));
    }

    private static Dictionary<string, string> Settings(bool processInbox) => new()
    {
        ["Briefing__ProcessInbox"] = processInbox ? "true" : "false",
        ["Briefing__ApiRequestsPerSecond"] = "100000",
        ["Briefing__MaxPendingArticles"] = "1000000",
    };

    private static async Task FillInboxAsync(AppProcess node)
    {
        using var writer = node.Writer();
        for (var start = 0; start < Articles; start += 100)
        {
            var batch = Enumerable.Range(start, Math.Min(100, Articles - start)).Select(n => Dispatches.Make("bench", n)).ToArray();
            (await writer.PostAsJsonAsync("/api/articles/batch", batch)).EnsureSuccessStatusCode();
        }
    }

    /// <summary>Starts the workers, then measures from the first committed article to the last.</summary>
    private static async Task<double> TimeAsync(Func<Task> start, Func<long> done)
    {
        await start();
        var deadline = DateTime.UtcNow.AddMinutes(20);
        long first;
        while ((first = done()) == 0 && DateTime.UtcNow < deadline) await Task.Delay(20);
        var watch = Stopwatch.StartNew();
        while (done() < Articles && DateTime.UtcNow < deadline) await Task.Delay(50);
        Assert.Equal(Articles, done());
        return (Articles - first) / watch.Elapsed.TotalSeconds;
    }
}
