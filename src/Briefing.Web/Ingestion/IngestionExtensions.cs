using Briefing.Core.Extraction;

namespace Briefing.Web.Ingestion;

public static class IngestionExtensions
{
    /// <summary>The extraction pipeline, the inbox worker and the first-start seed loader.</summary>
    public static WebApplicationBuilder AddIngestion(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<WatchlistSource>();
        builder.Services.AddSingleton(services => new ArticleExtractor(services.GetRequiredService<WatchlistSource>().Current));
        builder.Services.AddSingleton<InboxSignal>();
        builder.Services.AddSingleton<Submissions>();
        builder.Services.AddSingleton<ArticlePipeline>();
        // Order matters: seeds are in the inbox before the worker starts reading it.
        builder.Services.AddHostedService<SeedLoader>();
        builder.Services.AddHostedService<InboxWorker>();
        return builder;
    }
}
