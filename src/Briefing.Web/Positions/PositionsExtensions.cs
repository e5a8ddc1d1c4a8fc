namespace Briefing.Web.Positions;

public static class PositionsExtensions
{
    /// <summary>Topic classification and stance for every statement, and the topic editor.</summary>
    public static WebApplicationBuilder AddPositions(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<TopicCatalog>();
        builder.Services.AddSingleton<TopicEditor>();
        return builder;
    }
}
