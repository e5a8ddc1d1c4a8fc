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
    /// <summary>The store — the embedded SQLite file, or PostgreSQL with <c>Briefing:Store=postgres</c> and the
    /// connection string <c>ConnectionStrings:Briefing</c> — migrated on first use, and one store per aggregate.</summary>
    public static WebApplicationBuilder AddBriefingStorage(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<BriefingOptions>().BindConfiguration(BriefingOptions.Section);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(services =>
        {
            var options = services.GetRequiredService<IOptions<BriefingOptions>>().Value;
            var environment = services.GetRequiredService<IHostEnvironment>();
            var database = OpenStore(options, builder.Configuration, environment);
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

    private static Database OpenStore(BriefingOptions options, IConfiguration configuration, IHostEnvironment environment)
    {
        switch (options.Store.Trim().ToLowerInvariant())
        {
            case "sqlite":
                return new Database(Path.Combine(environment.ContentRootPath, options.DatabasePath));
            case "postgres" or "postgresql":
                var connectionString = configuration.GetConnectionString("Briefing");
                if (string.IsNullOrWhiteSpace(connectionString))
                    throw new InvalidOperationException(
                        "Briefing:Store is postgres but ConnectionStrings:Briefing is not set (env ConnectionStrings__Briefing=Host=…;Port=…;Username=…;Database=…).");
                return Database.Postgres(connectionString);
            default:
                throw new InvalidOperationException($"Briefing:Store must be sqlite or postgres, not '{options.Store}'.");
        }
    }
}
