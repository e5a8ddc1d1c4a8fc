using Briefing.Testing;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace Briefing.IngestTests;

/// <summary>Kill -9 the app at random moments while several clients submit, restart it, and check that every
/// acknowledged (202) article is there exactly once and gets processed. Small by default; the large run:
/// CRASH_SUBMISSIONS=5000 CRASH_KILLS=10 dotnet test tests/Briefing.IngestTests</summary>
public sealed class CrashTests(ITestOutputHelper output) : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("briefing-crash-");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { _folder.Delete(recursive: true); } catch (IOException) { }
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out var value) ? value : fallback;

    [Fact]
    public async Task Every_acknowledged_article_survives_kill_9_exactly_once_and_is_processed()
    {
        var submissions = Setting("CRASH_SUBMISSIONS", 200);
        var kills = Setting("CRASH_KILLS", 3);
        const int clients = 4;
        var random = new Random(Setting("CRASH_SEED", Environment.TickCount));
        await using var app = new AppProcess(_folder.FullName, new Dictionary<string, string> { ["Briefing__ApiRequestsPerSecond"] = "100000" });
        await app.StartAsync();

        var acknowledged = new ConcurrentDictionary<int, string>();
        var next = -1;
        var refusedWhileDown = 0;
        using var http = new HttpClient { BaseAddress = app.BaseUrl, Timeout = TimeSpan.FromSeconds(10) };
        http.DefaultRequestHeaders.Add("X-Api-Key", AppProcess.ApiKey);

        async Task Client()
        {
            int n;
            while ((n = Interlocked.Increment(ref next)) < submissions)
            {
                // Retried until acknowledged: a submission cut off by a kill is sent again after the restart.
                while (true)
                {
                    try
                    {
                        var response = await http.PostAsJsonAsync("/api/articles", Article(n));
                        if (response.StatusCode == HttpStatusCode.Accepted)
                        {
                            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
                            acknowledged[n] = body.GetProperty("id").GetString()!;
                            break;
                        }
                        Interlocked.Increment(ref refusedWhileDown);
                    }
                    catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or IOException)
                    {
                        Interlocked.Increment(ref refusedWhileDown);
                    }
                    await Task.Delay(50);
                }
            }
        }

        var writers = Enumerable.Range(0, clients).Select(_ => Task.Run(Client)).ToArray();
        // Kill points spread at random over the stream, so every kill lands with submissions in flight.
        var killPoints = Enumerable.Range(0, kills).Select(_ => random.Next(submissions / 20, submissions * 19 / 20)).Order().ToList();
        for (var k = 0; k < kills; k++)
        {
            while (acknowledged.Count < killPoints[k]) await Task.Delay(1);
            await Task.Delay(random.Next(0, 20));
            var before = acknowledged.Count;
            await app.KillAsync();
            output.WriteLine($"kill {k + 1}: after {before} acknowledged");
            await app.StartAsync();
        }
        await Task.WhenAll(writers);

        // Every acknowledged article gets processed (the inbox is drained after the last restart).
        var deadline = DateTime.UtcNow.AddSeconds(60);
        (long Inbox, long Articles, long Pending, long DistinctHashes) counts;
        while ((counts = Counts(app.DatabasePath)).Pending > 0 && DateTime.UtcNow < deadline) await Task.Delay(200);

        var stored = ArticleIds(app.DatabasePath);
        var lost = acknowledged.Values.Count(id => !stored.Contains(id));
        var duplicated = counts.Articles - counts.DistinctHashes;
        output.WriteLine($"submissions {submissions}, clients {clients}, kills {kills}, acknowledged {acknowledged.Count}, " +
                         $"retried after refusal {refusedWhileDown}, stored {counts.Articles}, lost {lost}, duplicated {duplicated}, pending {counts.Pending}");

        Assert.Equal(submissions, acknowledged.Count);
        Assert.Equal(submissions, acknowledged.Values.Distinct().Count());
        Assert.Equal(0, lost);
        Assert.Equal(0, duplicated);
        Assert.Equal(submissions, counts.Articles);
        Assert.Equal(submissions, counts.Inbox);
        Assert.Equal(0, counts.Pending);
    }

    private static object Article(int n) => new
    {
        title = $"Crash test dispatch {n}",
        text = $"Dispatch {n}: Minister Aldo Varga of Veltria said the Serin harbour would stay open (item {n}).",
        source = "Crash Wire",
    };

    private static (long Inbox, long Articles, long Pending, long DistinctHashes) Counts(string database)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        long Scalar(string sql)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            return (long)command.ExecuteScalar()!;
        }
        return (Scalar("SELECT count(*) FROM inbox"), Scalar("SELECT count(*) FROM articles"),
            Scalar("SELECT count(*) FROM inbox WHERE status <> 'done'"), Scalar("SELECT count(DISTINCT content_hash) FROM articles"));
    }

    private static HashSet<string> ArticleIds(string database)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id FROM articles";
        using var reader = command.ExecuteReader();
        var ids = new HashSet<string>();
        while (reader.Read()) ids.Add(reader.GetString(0));
        return ids;
    }
}
