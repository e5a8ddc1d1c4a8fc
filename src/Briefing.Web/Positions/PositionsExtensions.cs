namespace Briefing.Web.Positions;

public static class PositionsExtensions
{
    /// <summary>Topic classification and stance for every statement (cue analysis at ingestion, then the learned
    /// stance stage), the topic editor and stance corrections.</summary>
    public static WebApplicationBuilder AddPositions(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<TopicCatalog>();
        builder.Services.AddSingleton<TopicEditor>();
        builder.Services.AddSingleton<StoredEmbedder>();
        builder.Services.AddSingleton<StanceStage>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<StanceStage>());
        return builder;
    }
}
