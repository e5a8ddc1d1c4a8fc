using StackExchange.Redis;

namespace Briefing.Web.Live;

public static class LiveExtensions
{
    /// <summary>The in-process notifier, SignalR, and the relay from one to the other. With
    /// <c>ConnectionStrings:Redis</c> (several nodes) the hub gets the Redis backplane and the notifier's events
    /// travel between nodes (<see cref="NodeRelay"/>).</summary>
    public static WebApplicationBuilder AddLive(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<LiveOptions>().BindConfiguration(LiveOptions.Section);
        builder.Services.AddSingleton<LiveNotifier>(sp => new LiveNotifier(
            sp.GetRequiredService<ILogger<LiveNotifier>>(), sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<LiveOptions>>()));
        var signalR = builder.Services.AddSignalR();
        builder.Services.AddHostedService<HubRelay>();

        var redis = builder.Configuration.GetConnectionString("Redis");
        if (string.IsNullOrWhiteSpace(redis))
        {
            // One node: the relay writes each batch of messages to every client in one write (one frame per client).
            builder.Services.AddSingleton<BroadcastLifetimeManager>();
            builder.Services.AddSingleton<Microsoft.AspNetCore.SignalR.HubLifetimeManager<BriefingHub>>(sp => sp.GetRequiredService<BroadcastLifetimeManager>());
        }
        else
        {
            var configuration = ConfigurationOptions.Parse(redis);
            // A node starts (and serves its own screens) while Redis is away, and joins the others once it is back.
            configuration.AbortOnConnectFail = false;
            // Fail fast while Redis is away (instead of queueing for 5 s): a hub send then fails at once and is
            // logged, and the pipeline, which publishes after each commit, never stalls on the backplane.
            configuration.BacklogPolicy = BacklogPolicy.FailFast;
            var connection = new Lazy<ConnectionMultiplexer>(() => ConnectionMultiplexer.Connect(configuration));
            // One Redis connection per node, shared by the backplane and the relay.
            signalR.AddStackExchangeRedis(options =>
            {
                options.Configuration.ChannelPrefix = RedisChannel.Literal("briefing");
                options.ConnectionFactory = _ => Task.FromResult<IConnectionMultiplexer>(connection.Value);
            });
            builder.Services.AddSingleton<IConnectionMultiplexer>(_ => connection.Value);
            builder.Services.AddHostedService<NodeRelay>();
        }
        return builder;
    }

    public static WebApplication MapLive(this WebApplication app)
    {
        app.MapHub<BriefingHub>("/hubs/briefing");
        return app;
    }
}
