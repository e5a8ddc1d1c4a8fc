using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Briefing.Web.Tests.Support;

namespace Briefing.Web.Tests.Security;

/// <summary>A real HTTP server on a free loopback port that records every request it sees: the "internal" service
/// an attacker would like the app to fetch, or a feed host.</summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackServer(WebApplication app) => _app = app;

    public ConcurrentQueue<string> Requests { get; } = new();
    public Uri BaseUrl { get; private set; } = null!;
    public string Authority => BaseUrl.Authority;

    public string Url(string pathAndQuery) => new Uri(BaseUrl, pathAndQuery).ToString();

    public static async Task<LoopbackServer> StartAsync(Action<WebApplication, LoopbackServer> routes)
    {
        var app = LoopbackApp.CreateBuilder().Build();
        var server = new LoopbackServer(app);
        app.Use(async (context, next) =>
        {
            server.Requests.Enqueue(context.Request.Path + context.Request.QueryString);
            await next();
        });
        routes(app, server);
        server.BaseUrl = new Uri(await LoopbackApp.StartAsync(app) + "/");
        return server;
    }

    /// <summary>An internal service with a secret on every path.</summary>
    public static Task<LoopbackServer> InternalAsync(string secret) =>
        StartAsync((app, _) => app.MapFallback(() => Results.Text($"<html><body><article><p>{secret} {secret} {secret}</p></article></body></html>", "text/html")));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
