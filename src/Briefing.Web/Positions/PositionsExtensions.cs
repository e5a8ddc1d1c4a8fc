namespace Briefing.Web.Positions;

public static class PositionsExtensions
{
    /// <summary>Topic classification and stance for every statement, the topic editor, and analysts' corrections.</summary>
    public static WebApplicationBuilder AddPositions(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<TopicCatalog>();
        builder.Services.AddSingleton<TopicEditor>();
        builder.Services.AddSingleton<Briefing.Web.Curation.Curator>();
        return builder;
    }
}
