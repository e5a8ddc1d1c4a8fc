using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Briefing.Web.Operations;

public static class OperationsExtensions
{
    private const string Ready = "ready";

    /// <summary>Health checks (/healthz live, /readyz ready), OpenTelemetry, and the OpenAPI document.</summary>
    public static WebApplicationBuilder AddOperations(this WebApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks()
            .AddCheck<StoreHealthCheck>("store", tags: [Ready])
            .AddCheck<InboxHealthCheck>("inbox", tags: [Ready])
            .AddCheck<FeedPollerHealthCheck>("feed-poller", tags: [Ready]);
        builder.Services.AddSingleton<FeedPollerHealthCheck>();
        builder.AddTelemetry();
        builder.AddApiDocument();
        return builder;
    }

    public static WebApplication MapOperations(this WebApplication app)
    {
        // Live: the process answers (no dependency is checked, so a slow store never gets the process restarted).
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync }).AllowAnonymous();
        // Ready: the store answers, the inbox has room, the feed poller keeps up. 503 when any is unhealthy.
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready), ResponseWriter = WriteAsync }).AllowAnonymous();
        app.MapTelemetry();
        app.MapApiDocument();
        return app;
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new
            {
                status = e.Value.Status.ToString(),
                description = e.Value.Description,
                data = e.Value.Data,
            }),
        }, JsonSerializerOptions.Web));
    }
}
