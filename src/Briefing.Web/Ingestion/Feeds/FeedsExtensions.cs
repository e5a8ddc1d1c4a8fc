using System.Net;
using Briefing.Data.Sources;

namespace Briefing.Web.Ingestion.Feeds;

public static class FeedsExtensions
{
    /// <summary>Feed polling: the scheduler, the HTTP client it fetches with, and the feeds' store.</summary>
    public static IServiceCollection AddFeeds(this IServiceCollection services)
    {
        services.AddSingleton<FeedStore>();
        services.AddSingleton<FeedFetcher>();
        services.AddSingleton<FeedRefresher>();
        services.AddHttpClient(FeedFetcher.ClientName, client =>
            {
                client.Timeout = TimeSpan.FromSeconds(20);
                client.MaxResponseContentBufferSize = 5_000_000;
                client.DefaultRequestHeaders.UserAgent.ParseAdd("Briefing/1.0 (+feed reader)");
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.All });
        services.AddHostedService<FeedPoller>();
        return services;
    }
}
