using Briefing.Core.Extraction;
using Briefing.Web.Ingestion.Feeds;
using Briefing.Web.Ingestion.Folder;

namespace Briefing.Web.Ingestion;

public static class IngestionExtensions
{
    /// <summary>The extraction pipeline, the inbox worker, the first-start seed loader, feeds and the watched folder.</summary>
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
        // Sources beyond the API: feeds (RSS, Atom, JSON Feed) and the watched folder.
        builder.Services.AddFeeds();
        builder.Services.AddHostedService<FolderWatcher>();
        return builder;
    }
}
