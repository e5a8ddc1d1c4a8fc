using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Briefing.Web.Tests.Support;

namespace Briefing.Web.Tests.Alerts;

/// <summary>A webhook endpoint on a real loopback port: records every request (time, headers, raw body) and answers
/// with the next scripted status (then 200).</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    public sealed record Received(DateTimeOffset At, string? Signature, string? AlertId, byte[] Body, int Answered);

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<int> _script;

    public ConcurrentQueue<Received> Requests { get; } = new();

    private WebhookReceiver(WebApplication app, IEnumerable<int> script)
    {
        _app = app;
        _script = new ConcurrentQueue<int>(script);
    }

    public Uri Url { get; private set; } = default!;

    public static async Task<WebhookReceiver> StartAsync(params int[] script)
    {
        var app = LoopbackApp.CreateBuilder().Build();
        var receiver = new WebhookReceiver(app, script);
        app.MapPost("/hooks/{token}", async (HttpContext http) =>
        {
            using var body = new MemoryStream();
            await http.Request.Body.CopyToAsync(body);
            var status = receiver._script.TryDequeue(out var next) ? next : 200;
            receiver.Requests.Enqueue(new Received(DateTimeOffset.UtcNow, http.Request.Headers["X-Briefing-Signature-256"],
                http.Request.Headers["X-Briefing-Alert-Id"], body.ToArray(), status));
            return Results.StatusCode(status);
        });
        receiver.Url = new Uri(new Uri(await LoopbackApp.StartAsync(app)), "/hooks/secret-token-in-path");
        return receiver;
    }

    public async Task<Received> WaitForAsync(int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (Requests.Count < count)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"The webhook got {Requests.Count} of {count} requests within {timeout}");
            await Task.Delay(20);
        }
        return Requests.ElementAt(count - 1);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
