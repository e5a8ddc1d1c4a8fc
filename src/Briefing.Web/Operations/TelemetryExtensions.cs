using System.Diagnostics.Metrics;
using Briefing.Data.Inbox;
using Microsoft.AspNetCore.Components.Server.Circuits;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Briefing.Web.Operations;

public static class TelemetryExtensions
{
    /// <summary>OpenTelemetry: the app's meter and traces plus ASP.NET Core's. Exported over OTLP when an endpoint is
    /// configured (OTEL_EXPORTER_OTLP_ENDPOINT or Briefing:Telemetry:OtlpEndpoint); scraped at /metrics when
    /// Briefing:Telemetry:Prometheus is true.</summary>
    public static WebApplicationBuilder AddTelemetry(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection("Briefing:Telemetry");
        var otlp = settings["OtlpEndpoint"] ?? builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        var prometheus = settings.GetValue<bool>("Prometheus");

        builder.Services.AddSingleton<InboxGauge>();
        builder.Services.AddSingleton<CircuitHandler, ScreenCounter>();
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(settings["ServiceName"] ?? "briefing"));
        // Metrics are collected only when something reads them: a collecting meter makes every recording count, and
        // the per-stage CPU counters read a thread clock (a system call) several times per article.
        if (prometheus || otlp is not null)
            telemetry.WithMetrics(metrics =>
            {
                metrics.AddMeter(BriefingTelemetry.Name, "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel",
                    "Microsoft.AspNetCore.Http.Connections");
                if (prometheus) metrics.AddPrometheusExporter();
                if (otlp is not null) metrics.AddOtlpExporter(o => o.Endpoint = new Uri(otlp));
            });
        // Traces only go somewhere over OTLP; without an exporter a listener would still make every request build
        // (and throw away) an activity with its tags.
        if (otlp is not null)
            telemetry.WithTracing(tracing =>
            {
                tracing.AddSource(BriefingTelemetry.Name);
                // Display links carry their secret in the path, and probes are noise: neither is traced.
                tracing.AddAspNetCoreInstrumentation(o => o.Filter = http =>
                    !http.Request.Path.StartsWithSegments("/wall/d") && !http.Request.Path.StartsWithSegments("/healthz")
                    && !http.Request.Path.StartsWithSegments("/readyz") && !http.Request.Path.StartsWithSegments("/metrics"));
                tracing.AddOtlpExporter(o => o.Endpoint = new Uri(otlp));
            });
        return builder;
    }

    public static WebApplication MapTelemetry(this WebApplication app)
    {
        app.Services.GetRequiredService<InboxGauge>();
        if (app.Configuration.GetValue<bool>("Briefing:Telemetry:Prometheus"))
            app.MapPrometheusScrapingEndpoint("/metrics").AllowAnonymous();
        return app;
    }
}

/// <summary>briefing.inbox.depth, read from the store when a reader collects (per host: tests run several).</summary>
public sealed class InboxGauge
{
    public InboxGauge(IMeterFactory meters, InboxStore inbox)
    {
        meters.Create(BriefingTelemetry.Name).CreateObservableGauge("briefing.inbox.depth", () =>
        {
            var counts = inbox.Backlog();
            return new[]
            {
                new Measurement<int>(counts.Pending, new KeyValuePair<string, object?>("status", "pending")),
                new Measurement<int>(counts.Failed, new KeyValuePair<string, object?>("status", "failed")),
            };
        }, "{article}", "Articles waiting in (or parked by) the inbox");
    }
}

/// <summary>Counts open Blazor circuits: every dashboard and wall screen is one.</summary>
public sealed class ScreenCounter : CircuitHandler
{
    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        BriefingTelemetry.ConnectedScreens.Add(1);
        return Task.CompletedTask;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        BriefingTelemetry.ConnectedScreens.Add(-1);
        return Task.CompletedTask;
    }
}
