using Briefing.Data.Sources;
using Briefing.Web.Ingestion.Fetching;

namespace Briefing.Web.Ingestion.Feeds;

public static class FeedsExtensions
{
    /// <summary>Feed polling: the scheduler, the HTTP client it fetches with (under the outbound-fetch policy), and
    /// the feeds' store.</summary>
    public static IServiceCollection AddFeeds(this IServiceCollection services)
    {
        services.AddOptions<FetchOptions>().BindConfiguration(FetchOptions.Section);
        services.AddSingleton<OutboundFetchPolicy>();
        services.AddSingleton<FeedStore>();
        services.AddSingleton<FeedFetcher>();
        services.AddSingleton<FeedRefresher>();
        services.AddHttpClient(FeedFetcher.ClientName, client =>
            {
                client.Timeout = TimeSpan.FromSeconds(20);
                client.MaxResponseContentBufferSize = 5_000_000;
                client.DefaultRequestHeaders.UserAgent.ParseAdd("Briefing/1.0 (+feed reader)");
            })
            // Every fetch (feed, linked page, each redirect) is checked by the policy: no internal addresses.
            .ConfigurePrimaryHttpMessageHandler(services => services.GetRequiredService<OutboundFetchPolicy>().CreateHandler())
            .AddHttpMessageHandler(services => new PolicyRedirectHandler(services.GetRequiredService<OutboundFetchPolicy>()));
        services.AddHostedService<FeedPoller>();
        return services;
    }
}
