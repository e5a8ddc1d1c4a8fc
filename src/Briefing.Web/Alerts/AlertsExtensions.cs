using Briefing.Data.Alerts;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace Briefing.Web.Alerts;

public static class AlertsExtensions
{
    /// <summary>Subscriptions, the dispatcher that raises alerts, and the signed webhook sender with its retries.</summary>
    public static WebApplicationBuilder AddAlerts(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<AlertOptions>().BindConfiguration(AlertOptions.Section);
        builder.Services.AddSingleton<AlertStore>();
        builder.Services.AddSingleton<AlertSubscriptions>();
        builder.Services.AddSingleton<WebhookSender>();
        builder.Services.AddHostedService(services => services.GetRequiredService<WebhookSender>());
        builder.Services.AddHostedService<AlertDispatcher>();
        builder.Services.AddTransient<DeliveryLogHandler>();
        var webhooks = builder.Services.AddHttpClient(WebhookSender.ClientName, client => client.DefaultRequestHeaders.UserAgent.ParseAdd("Briefing-Webhook/1.0"))
            // A receiver cannot bounce the signed alert elsewhere (a redirect is a failed delivery, not a new target).
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        webhooks.AddResilienceHandler("webhook-retries", (pipeline, context) =>
            {
                var alertOptions = context.ServiceProvider.GetRequiredService<IOptions<AlertOptions>>().Value;
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = Math.Max(1, alertOptions.MaxRetries),
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = TimeSpan.FromMilliseconds(Math.Max(1, alertOptions.RetryDelayMilliseconds)),
                });
                pipeline.AddTimeout(TimeSpan.FromSeconds(Math.Max(1, alertOptions.TimeoutSeconds)));
            });
        // Added after the resilience handler, so it sits inside it and logs every attempt.
        webhooks.AddHttpMessageHandler<DeliveryLogHandler>();
        return builder;
    }
}
