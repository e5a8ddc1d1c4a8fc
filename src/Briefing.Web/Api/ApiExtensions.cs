using Briefing.Web.Operations;

namespace Briefing.Web.Api;

public static class ApiExtensions
{
    /// <summary>Problem details for every error, the API key check and per-key rate limits for writes.</summary>
    public static WebApplicationBuilder AddBriefingApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        builder.Services.AddSingleton<ApiKeys>();
        builder.Services.AddSingleton<RequireApiKey>();
        builder.Services.AddSingleton<Briefing.Data.Sources.ApiKeyStore>();
        builder.Services.AddApiRateLimits();
        return builder;
    }

    public static WebApplication MapBriefingApi(this WebApplication app)
    {
        // Created now, not on the first write, so a generated key is on disk and in the log from the start.
        app.Services.GetRequiredService<ApiKeys>();
        app.UseRateLimiter();
        var api = app.MapGroup("/api").DisableAntiforgery().DescribeProblems();
        api.MapArticlesApi();
        api.MapBatchApi();
        api.MapReadApi();
        api.MapPositionsApi();
        api.MapCurationApi();
        api.MapStanceCorrectionApi();
        return app;
    }
}
