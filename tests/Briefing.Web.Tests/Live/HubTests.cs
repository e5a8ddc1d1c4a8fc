using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit.Abstractions;

using Briefing.Testing;

namespace Briefing.Web.Tests.Live;

public sealed class HubTests(ITestOutputHelper output) : IDisposable
{
    private readonly BriefingAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    private async Task<HubConnection> ConnectAsync()
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(_app.Server.BaseAddress, "/hubs/briefing"), options =>
            {
                options.Transports = HttpTransportType.LongPolling;
                options.HttpMessageHandlerFactory = _ => _app.Server.CreateHandler();
            })
            .Build();
        await connection.StartAsync();
        return connection;
    }

    [Fact]
    public async Task An_external_client_receives_ArticleIngested_and_StatementsAdded_after_a_post()
    {
        _ = _app.Server; // start the host before connecting
        await using var hub = await ConnectAsync();
        var ingested = Channel.CreateUnbounded<JsonElement>();
        var statements = Channel.CreateUnbounded<JsonElement>();
        hub.On<JsonElement>("ArticleIngested", m => ingested.Writer.TryWrite(m));
        hub.On<JsonElement>("StatementsAdded", m => statements.Writer.TryWrite(m));

        var response = await _app.WriterClient().PostAsync("/api/articles",
            System.Net.Http.Json.JsonContent.Create(FictionalArticles.Harbour()));
        var id = (await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<JsonElement>(response.Content)).GetProperty("id").GetString();

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        var message = await ingested.Reader.ReadAsync(timeout.Token);
        Assert.Equal(id, message.GetProperty("articleId").GetString());
        Assert.Equal("Veltria keeps the harbour open", message.GetProperty("title").GetString());
        var count = message.GetProperty("statementCount").GetInt32();
        Assert.True(count >= 1);

        var added = await statements.Reader.ReadAsync(timeout.Token);
        Assert.Equal(count, added.GetArrayLength());
        var first = added.EnumerateArray().First(s => s.GetProperty("direct").GetBoolean());
        foreach (var field in new[] { "id", "articleId", "speaker", "text", "direct", "cue", "publishedAt", "ingestedAt" })
            Assert.True(first.TryGetProperty(field, out _), $"StatementsAdded item lacks \"{field}\"");
        Assert.Equal("Aldo Varga", first.GetProperty("speaker").GetProperty("name").GetString());
    }

    [Fact]
    public async Task An_article_reaches_a_WebSocket_client_as_one_frame_holding_ArticleIngested_then_StatementsAdded()
    {
        // One write per client per article (BroadcastLifetimeManager): the same two messages, in order, in one frame.
        var server = _app.Server;
        var client = server.CreateWebSocketClient();
        using var socket = await client.ConnectAsync(new Uri(server.BaseAddress, "/hubs/briefing"), CancellationToken.None);
        await socket.SendAsync("{\"protocol\":\"json\",\"version\":1}\u001e"u8.ToArray(), System.Net.WebSockets.WebSocketMessageType.Text, true, CancellationToken.None);
        Assert.Equal("{}\u001e", await ReceiveFrameAsync(socket));

        var response = await _app.WriterClient().PostAsync("/api/articles",
            System.Net.Http.Json.JsonContent.Create(FictionalArticles.Harbour("frame")));
        var id = (await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<JsonElement>(response.Content)).GetProperty("id").GetString();

        string frame;
        do frame = await ReceiveFrameAsync(socket);
        while (!frame.Contains("\"ArticleIngested\"", StringComparison.Ordinal)); // pings may come first
        var messages = frame.Split('\u001e', StringSplitOptions.RemoveEmptyEntries).Select(m => JsonDocument.Parse(m).RootElement).ToList();
        Assert.Equal(["ArticleIngested", "StatementsAdded"], messages.Take(2).Select(m => m.GetProperty("target").GetString()));
        var ingested = messages[0].GetProperty("arguments")[0];
        Assert.Equal(id, ingested.GetProperty("articleId").GetString());
        Assert.Equal(ingested.GetProperty("statementCount").GetInt32(), messages[1].GetProperty("arguments")[0].GetArrayLength());
    }

    private static async Task<string> ReceiveFrameAsync(System.Net.WebSockets.WebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        var bytes = new MemoryStream();
        var buffer = new byte[8192];
        System.Net.WebSockets.WebSocketReceiveResult received;
        do
        {
            received = await socket.ReceiveAsync(buffer, timeout.Token);
            bytes.Write(buffer, 0, received.Count);
        } while (!received.EndOfMessage);
        return System.Text.Encoding.UTF8.GetString(bytes.ToArray());
    }

    [Fact]
    public async Task Twenty_posts_each_raise_ArticleIngested_and_the_latency_is_reported()
    {
        _ = _app.Server;
        await using var hub = await ConnectAsync();
        var arrived = new System.Collections.Concurrent.ConcurrentDictionary<string, DateTime>();
        hub.On<JsonElement>("ArticleIngested", m => arrived.TryAdd(m.GetProperty("articleId").GetString()!, DateTime.UtcNow));
        var writer = _app.WriterClient();

        var latencies = new List<double>();
        for (var i = 0; i < 20; i++)
        {
            var posted = DateTime.UtcNow;
            var response = await writer.PostAsync("/api/articles", System.Net.Http.Json.JsonContent.Create(FictionalArticles.Harbour($"hub{i}")));
            var id = (await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<JsonElement>(response.Content)).GetProperty("id").GetString()!;
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (!arrived.ContainsKey(id) && DateTime.UtcNow < deadline) await Task.Delay(2);
            Assert.True(arrived.TryGetValue(id, out var at), $"no ArticleIngested for {id}");
            latencies.Add((at - posted).TotalMilliseconds);
        }

        latencies.Sort();
        output.WriteLine($"POST → ArticleIngested (long polling, in-process server): median {latencies[10]:F0} ms, max {latencies[^1]:F0} ms");
    }
}
