namespace Briefing.Web.Api;

public static class ApiExtensions
{
    /// <summary>Problem details for every error, and the API key check for writes.</summary>
    public static WebApplicationBuilder AddBriefingApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        builder.Services.AddSingleton<ApiKeys>();
        builder.Services.AddSingleton<RequireApiKey>();
        return builder;
    }

    public static WebApplication MapBriefingApi(this WebApplication app)
    {
        // Created now, not on the first write, so a generated key is on disk and in the log from the start.
        app.Services.GetRequiredService<ApiKeys>();
        var api = app.MapGroup("/api").DisableAntiforgery();
        api.MapArticlesApi();
        api.MapReadApi();
        api.MapPositionsApi();
        api.MapCurationApi();
        return app;
    }
}
