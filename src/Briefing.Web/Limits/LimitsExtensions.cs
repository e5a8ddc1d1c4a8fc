using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace Briefing.Web.Limits;

public static class LimitsExtensions
{
    /// <summary>What one client may hold or try: connections per address, sign-in attempts, disconnected-circuit
    /// retention; no Server header; the client address from X-Forwarded-For when a known proxy sends it.</summary>
    public static WebApplicationBuilder AddBriefingLimits(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<LimitsOptions>().BindConfiguration(LimitsOptions.Section);
        builder.Services.Configure<KestrelServerOptions>(kestrel => kestrel.AddServerHeader = false);
        builder.Services.AddOptions<CircuitOptions>().Configure<IOptions<LimitsOptions>>((circuits, limits) =>
        {
            circuits.DisconnectedCircuitRetentionPeriod = TimeSpan.FromSeconds(Math.Max(5, limits.Value.DisconnectedCircuitSeconds));
            circuits.DisconnectedCircuitMaxRetained = Math.Max(1, limits.Value.DisconnectedCircuitsMax);
        });
        builder.Services.AddSingleton<SignInThrottle>();
        return builder;
    }

    public static WebApplication UseBriefingLimits(this WebApplication app)
    {
        // The client address is the forwarded one when Briefing:Http:ForwardedHeaders trusts the proxy (UseDeployment runs first).
        app.UseMiddleware<ConnectionLimiter>();
        return app;
    }
}
