using System.Net;
using System.Net.Http.Json;
using Briefing.Testing;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace Briefing.Web.Tests.Security;

/// <summary>Finding 6 (Low): no per-address limit on hub connections or circuits, `Server: Kestrel` sent, topic and
/// correction endpoints without a rate limit, symlinks followed out of the watched folder.</summary>
public sealed class LimitsTests
{
    private static async Task<HubConnection> ConnectAsync(Uri baseUrl, string? forwardedFor = null)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(baseUrl, "/hubs/briefing"), options =>
            {
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
                if (forwardedFor is not null) options.Headers["X-Forwarded-For"] = forwardedFor;
            })
            .Build();
        await connection.StartAsync();
        return connection;
    }

    [Fact]
    public async Task One_address_holds_at_most_the_configured_number_of_hub_connections()
    {
        // The test host is the loopback proxy: its X-Forwarded-For is believed once forwarded headers are on.
        using var app = new BriefingAppFactory().With("Briefing:Limits:ConnectionsPerIp", "3").With("Briefing:Http:ForwardedHeaders", "true");
        var baseUrl = app.StartOnLoopback();
        var open = new List<HubConnection>();
        for (var i = 0; i < 3; i++) open.Add(await ConnectAsync(baseUrl));

        await Assert.ThrowsAnyAsync<Exception>(() => ConnectAsync(baseUrl));

        // Another client behind the same (loopback) proxy is another address.
        open.Add(await ConnectAsync(baseUrl, forwardedFor: "203.0.113.50"));
        // A closed connection frees its place.
        await open[0].DisposeAsync();
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!await TryConnect(baseUrl, open))
        {
            Assert.True(DateTime.UtcNow < deadline, "a closed connection never freed its place");
            await Task.Delay(100);
        }
        foreach (var connection in open) await connection.DisposeAsync();
    }

    private static async Task<bool> TryConnect(Uri baseUrl, List<HubConnection> open)
    {
        try
        {
            open.Add(await ConnectAsync(baseUrl));
            return true;
        }
        catch (Exception)
        {
            return false;
        }
    }

    [Fact]
    public async Task Zero_turns_the_connection_limit_off_for_load_tests()
    {
        using var app = new BriefingAppFactory().With("Briefing:Limits:ConnectionsPerIp", "0");
        var baseUrl = app.StartOnLoopback();
        var open = new List<HubConnection>();
        for (var i = 0; i < 60; i++) open.Add(await ConnectAsync(baseUrl));
        Assert.All(open, c => Assert.Equal(HubConnectionState.Connected, c.State));
        foreach (var connection in open) await connection.DisposeAsync();
    }

    [Fact]
    public async Task Responses_do_not_name_the_server_software()
    {
        using var app = new BriefingAppFactory();
        var baseUrl = app.StartOnLoopback();
        using var client = new HttpClient { BaseAddress = baseUrl };

        var response = await client.GetAsync("/api/topics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Server"), string.Join(",", response.Headers.Select(h => h.Key)));
    }

    [Fact]
    public async Task Topic_edits_are_rate_limited_per_key()
    {
        using var app = new BriefingAppFactory().With("Briefing:ApiEditsPerMinute", "2");
        var writer = app.WriterClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
            statuses.Add((await writer.PostAsJsonAsync("/api/topics", new { name = $"Topic {i}", keywords = new[] { $"word{i}" } })).StatusCode);

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task A_symlink_in_the_watched_folder_is_not_followed()
    {
        using var app = new BriefingAppFactory();
        var drop = Directory.CreateDirectory(Path.Combine(app.Folder, "drop")).FullName;
        var outside = Path.Combine(app.Folder, "outside-secret.txt");
        await File.WriteAllTextAsync(outside, "Server secret\n\nVeltrian Foreign Minister Aldo Varga said the outside file is private.");
        File.CreateSymbolicLink(Path.Combine(drop, "link.txt"), outside);
        await File.WriteAllTextAsync(Path.Combine(drop, "real.txt"), "Real drop\n\nVeltrian Foreign Minister Aldo Varga said the harbour stays open.");
        app.With("Briefing:InboxPath", drop).With("Briefing:FolderScanMilliseconds", "100");
        _ = app.Services;

        await OutboundFetchTests.Eventually(() => File.Exists(Path.Combine(drop, "processed", "real.txt")), "the real file processed");
        // Several scans later the link is still there, untouched, and nothing came from it.
        await Task.Delay(500);
        Assert.True(File.Exists(Path.Combine(drop, "link.txt")));
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={app.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM inbox WHERE title = 'Server secret'";
        Assert.Equal(0L, (long)(await command.ExecuteScalarAsync())!);
    }
}
