using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

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
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new LoopbackServer(app);
        app.Use(async (context, next) =>
        {
            server.Requests.Enqueue(context.Request.Path + context.Request.QueryString);
            await next();
        });
        routes(app, server);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(address.TrimEnd('/') + "/");
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
