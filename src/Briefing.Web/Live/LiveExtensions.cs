namespace Briefing.Web.Live;

public static class LiveExtensions
{
    /// <summary>The in-process notifier, SignalR, and the relay from one to the other.</summary>
    public static WebApplicationBuilder AddLive(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<LiveNotifier>();
        builder.Services.AddSignalR();
        builder.Services.AddHostedService<HubRelay>();
        return builder;
    }

    public static WebApplication MapLive(this WebApplication app)
    {
        app.MapHub<BriefingHub>("/hubs/briefing");
        return app;
    }
}
