using Briefing.Data.Actors;
using Briefing.Data.Articles;
using Briefing.Data.Inbox;
using Briefing.Data.Positions;
using Briefing.Data.Topics;
using Briefing.Data.Schema;
using Briefing.Data.Statements;
using Microsoft.Extensions.Options;

namespace Briefing.Web.Storage;

public static class StorageExtensions
{
    /// <summary>The embedded SQLite database (migrated on first use) and one store per aggregate.</summary>
    public static WebApplicationBuilder AddBriefingStorage(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<BriefingOptions>().BindConfiguration(BriefingOptions.Section);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(services =>
        {
            var options = services.GetRequiredService<IOptions<BriefingOptions>>().Value;
            var environment = services.GetRequiredService<IHostEnvironment>();
            var database = new Database(Path.Combine(environment.ContentRootPath, options.DatabasePath));
            database.Migrate();
            return database;
        });
        builder.Services.AddSingleton<InboxStore>();
        builder.Services.AddSingleton<ActorStore>();
        builder.Services.AddSingleton<StatementStore>();
        builder.Services.AddSingleton<ArticleStore>();
        builder.Services.AddSingleton<MetaStore>();
        builder.Services.AddSingleton<TopicStore>();
        builder.Services.AddSingleton<Briefing.Data.Vectors.VectorStore>();
        builder.Services.AddSingleton<PositionStore>();
        return builder;
    }
}
