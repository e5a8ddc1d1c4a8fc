using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace Briefing.Web.Ingestion.Fetching;

/// <summary>A fetch the outbound policy refused (an internal address, a port or scheme not allowed).</summary>
public sealed class FetchRefusedException(string message) : HttpRequestException(message)
{
    /// <summary>The refusal behind <paramref name="exception"/> (the handler wraps what the connect step throws).</summary>
    public static FetchRefusedException? Find(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
            if (exception is FetchRefusedException refused) return refused;
        return null;
    }
}

/// <summary>What the server may fetch on behalf of a feed (feed URLs, item links, every redirect): only http and
/// https, only ports 80 and 443, only public addresses — judged on the address the socket actually connects to, so
/// DNS rebinding and odd spellings of 127.0.0.1 do not get through. Exceptions come only from
/// <see cref="FetchOptions.AllowedHosts"/>; nothing is trusted implicitly, not even a feed's own host for its links.</summary>
public sealed class OutboundFetchPolicy
{
    private readonly HashSet<(string Host, int? Port)> _allowed = [];
    private readonly HashSet<int> _ports;

    public OutboundFetchPolicy(IOptions<FetchOptions> options)
    {
        _ports = [.. options.Value.Ports ?? [80, 443]];
        foreach (var entry in options.Value.AllowedHosts)
            if (ParseEntry(entry) is { } parsed) _allowed.Add(parsed);
    }

    /// <summary>Why <paramref name="url"/> may not be fetched, judged before any DNS lookup (scheme, port, a literal
    /// internal address), or null when it may be tried.</summary>
    public string? Check(Uri url)
    {
        if (!url.IsAbsoluteUri || url.Scheme is not ("http" or "https")) return "only http and https URLs are fetched";
        var host = Normalize(url.IdnHost);
        if (IsAllowed(host, url.Port)) return null;
        if (!_ports.Contains(url.Port)) return $"port {url.Port} is not allowed (only {string.Join(", ", _ports)} unless Briefing:Fetch:AllowedHosts lists the host:port)";
        if (IPAddress.TryParse(host, out var literal) && BlockedAddresses.Why(literal) is { } why) return $"{host} is a {why} address";
        return null;
    }

    /// <summary>The handler every outbound fetch goes through; redirects are left to <see cref="PolicyRedirectHandler"/>.</summary>
    public SocketsHttpHandler CreateHandler() => new()
    {
        AutomaticDecompression = DecompressionMethods.All,
        AllowAutoRedirect = false,
        // A proxy would resolve and connect on our behalf, out of reach of the address check.
        UseProxy = false,
        ConnectCallback = ConnectAsync,
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
    };

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = Normalize(context.DnsEndPoint.Host);
        var port = context.DnsEndPoint.Port;
        var allowed = IsAllowed(host, port);
        if (!allowed && !_ports.Contains(port)) throw new FetchRefusedException($"Refused to fetch from {host}:{port}: port {port} is not allowed.");
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
        var usable = allowed ? addresses : addresses.Where(a => BlockedAddresses.Why(a) is null).ToArray();
        if (usable.Length == 0)
            throw new FetchRefusedException($"Refused to fetch from {host}: it is a {string.Join(", ", addresses.Select(BlockedAddresses.Why).Distinct())} address.");
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(usable, port, cancellationToken);
            // The address the socket really reached is the one that counts.
            var remote = ((IPEndPoint)socket.RemoteEndPoint!).Address;
            if (!allowed && BlockedAddresses.Why(remote) is { } why) throw new FetchRefusedException($"Refused to fetch from {host}: connected to a {why} address.");
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private bool IsAllowed(string host, int port) =>
        _allowed.Contains((host, port)) || (_ports.Contains(port) && _allowed.Contains((host, null)));

    /// <summary>"host", "host:port", "[v6]", "[v6]:port" or a bare IPv6 address.</summary>
    private static (string, int?)? ParseEntry(string entry)
    {
        entry = entry.Trim();
        if (entry.Length == 0) return null;
        if (IPAddress.TryParse(entry, out var bare) && bare.AddressFamily == AddressFamily.InterNetworkV6) return (Normalize(entry), null);
        var colon = entry.LastIndexOf(':');
        if (colon > 0 && entry.IndexOf(']') < colon && int.TryParse(entry[(colon + 1)..], out var port))
            return (Normalize(entry[..colon]), port);
        return (Normalize(entry), null);
    }

    /// <summary>Lower case, no brackets, no trailing dot; IP addresses in their canonical spelling.</summary>
    private static string Normalize(string host)
    {
        host = host.Trim().TrimStart('[').TrimEnd(']').TrimEnd('.').ToLowerInvariant();
        return IPAddress.TryParse(host, out var ip) ? ip.ToString() : host;
    }
}
