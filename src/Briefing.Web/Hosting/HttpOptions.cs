namespace Briefing.Web.Hosting;

/// <summary>Settings under Briefing:Http: TLS, the reverse proxy in front, embedding, and request limits.</summary>
public sealed class HttpOptions
{
    public const string Section = "Briefing:Http";

    /// <summary>True when the app is reached over TLS (directly or through a proxy that says so): plain-HTTP requests
    /// are redirected to HTTPS and responses carry HSTS.</summary>
    public bool RequireHttps { get; set; }

    /// <summary>How long browsers remember HSTS, in days.</summary>
    public int HstsDays { get; set; } = 365;

    /// <summary>Trust X-Forwarded-For / -Proto / -Host from the proxies below (a reverse proxy terminating TLS).</summary>
    public bool ForwardedHeaders { get; set; }

    /// <summary>Proxy addresses whose forwarded headers are trusted (default: loopback only).</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks (CIDR, e.g. 10.0.0.0/8) whose forwarded headers are trusted.</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>Origins that may embed the wall in a frame (CSP frame-ancestors), e.g. https://intranet.example.org.
    /// Other pages may only be framed by the app itself.</summary>
    public List<string> WallFrameAncestors { get; set; } = [];

    /// <summary>Largest request body accepted by the server for any request (the API's own limits are smaller or equal).</summary>
    public long? MaxRequestBodyBytes { get; set; }
}
