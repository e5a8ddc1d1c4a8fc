namespace Briefing.Web.Limits;

/// <summary>Settings under Briefing:Limits: what one client address may hold or try.</summary>
public sealed class LimitsOptions
{
    public const string Section = "Briefing:Limits";

    /// <summary>Open connections per client address on /_blazor (circuits) and /hubs (SignalR); 0 = no limit (load
    /// tests from one address set 0). Behind a proxy the address comes from X-Forwarded-For (Briefing:Http:ForwardedHeaders, KnownProxies).</summary>
    public int ConnectionsPerIp { get; set; } = 50;

    /// <summary>How long a circuit whose browser went away is kept for it to reconnect (the framework's default is 3 min).</summary>
    public int DisconnectedCircuitSeconds { get; set; } = 60;

    /// <summary>At most this many disconnected circuits are kept (the framework's default is 100).</summary>
    public int DisconnectedCircuitsMax { get; set; } = 50;

    /// <summary>Failed sign-ins allowed per client address per minute, and per page (circuit) before it locks.</summary>
    public int SignInFailuresPerIpPerMinute { get; set; } = 10;
    public int SignInFailuresPerCircuit { get; set; } = 5;
}
