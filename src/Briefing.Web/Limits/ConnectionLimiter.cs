using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Options;

namespace Briefing.Web.Limits;

/// <summary>Caps the long-lived connections (Blazor circuits on /_blazor, SignalR on /hubs) one client address holds
/// at once: a request on those paths counts from its start until it ends (a WebSocket or long poll lasts as long as
/// the connection). Over the cap is a 429.</summary>
public sealed class ConnectionLimiter(RequestDelegate next, IOptions<LimitsOptions> options, ILogger<ConnectionLimiter> logger)
{
    private readonly ConcurrentDictionary<IPAddress, int> _open = new();

    public async Task InvokeAsync(HttpContext context)
    {
        var limit = options.Value.ConnectionsPerIp;
        if (limit <= 0 || !IsConnection(context.Request) || context.Connection.RemoteIpAddress is not { } address)
        {
            await next(context);
            return;
        }
        if (_open.AddOrUpdate(address, 1, (_, n) => n + 1) > limit)
        {
            Release(address);
            logger.LogWarning("Refused a connection from {Address}: it already holds {Limit} (Briefing:Limits:ConnectionsPerIp)", address, limit);
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            context.Response.Headers.RetryAfter = "10";
            return;
        }
        try
        {
            await next(context);
        }
        finally
        {
            Release(address);
        }
    }

    /// <summary>Open connections per address, for tests and diagnostics.</summary>
    public int OpenFrom(IPAddress address) => _open.GetValueOrDefault(address);

    private void Release(IPAddress address)
    {
        if (_open.AddOrUpdate(address, 0, (_, n) => n - 1) <= 0) _open.TryRemove(KeyValuePair.Create(address, 0));
    }

    /// <summary>The connection itself, not the short negotiate POST before it.</summary>
    private static bool IsConnection(HttpRequest request) =>
        (request.Path.StartsWithSegments("/_blazor") || request.Path.StartsWithSegments("/hubs"))
        && !request.Path.Value!.EndsWith("/negotiate", StringComparison.Ordinal);
}
