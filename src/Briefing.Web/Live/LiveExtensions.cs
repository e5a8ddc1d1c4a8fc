namespace Briefing.Web.Live;

public static class LiveExtensions
{
    /// <summary>The in-process notifier, SignalR, and the relay from one to the other.</summary>
    public static WebApplicationBuilder AddLive(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<LiveOptions>().BindConfiguration(LiveOptions.Section);
        builder.Services.AddSingleton<LiveNotifier>(sp => new LiveNotifier(
            sp.GetRequiredService<ILogger<LiveNotifier>>(), sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<LiveOptions>>()));
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
