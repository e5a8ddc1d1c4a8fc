namespace Briefing.Web.Ingestion.Fetching;

/// <summary>Settings under Briefing:Fetch: exceptions to the outbound-fetch policy.</summary>
public sealed class FetchOptions
{
    public const string Section = "Briefing:Fetch";

    /// <summary>Hosts the server may fetch from even though they are not public: <c>host</c> (ports 80 and 443) or
    /// <c>host:port</c>; env <c>Briefing__Fetch__AllowedHosts__0=127.0.0.1:8080</c>. Nothing else is trusted.</summary>
    public List<string> AllowedHosts { get; set; } = [];

    /// <summary>Ports any public host may be fetched on; null means 80 and 443 (env <c>Briefing__Fetch__Ports__0=8080</c>).
    /// A port listed here still never reaches an internal address.</summary>
    public int[]? Ports { get; set; }
}
