using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading.Channels;
using Briefing.Data.Alerts;

namespace Briefing.Web.Alerts;

/// <summary>Posts alerts to their subscriptions' webhooks: JSON, signed (<see cref="WebhookSignature"/>), retried
/// with exponential back-off by the "webhooks" HttpClient's resilience pipeline; every attempt is logged
/// (<see cref="DeliveryLogHandler"/>). A bounded queue and a few workers, so one slow receiver does not hold up the rest.</summary>
public sealed class WebhookSender(IHttpClientFactory clients, AlertStore alerts, ILogger<WebhookSender> logger) : BackgroundService
{
    public const string ClientName = "webhooks";
    private const int Workers = 4;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly Channel<AlertView> _queue = Channel.CreateBounded<AlertView>(new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropOldest });

    public void Enqueue(AlertView alert)
    {
        if (!_queue.Writer.TryWrite(alert)) logger.LogWarning("Webhook queue full: alert {AlertId} not delivered", alert.Id);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Workers).Select(_ => WorkAsync(stoppingToken)));

    private async Task WorkAsync(CancellationToken stoppingToken)
    {
        await foreach (var alert in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await DeliverAsync(alert, stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // Every attempt is already in the delivery log; the alert stays in the in-app history.
                logger.LogWarning("Webhook delivery of alert {AlertId} gave up: {Error}", alert.Id, exception.Message);
            }
        }
    }

    private async Task DeliverAsync(AlertView alert, CancellationToken cancellationToken)
    {
        if (alerts.WebhookOf(alert.SubscriptionId) is not { } hook) return;
        var body = JsonSerializer.SerializeToUtf8Bytes(new
        {
            alert.Id, Subscription = new { Id = alert.SubscriptionId, Name = alert.SubscriptionName }, alert.Kind, alert.Title,
            alert.Detail, alert.Link, alert.ActorId, alert.TopicId, alert.RaisedAt,
        }, Json);
        using var request = new HttpRequestMessage(HttpMethod.Post, hook.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add(WebhookSignature.Header, WebhookSignature.Sign(hook.Secret, body));
        request.Headers.Add(WebhookSignature.AlertIdHeader, alert.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Options.Set(DeliveryLogHandler.AlertKey, new DeliveryLogHandler.Attempts(alert.Id));
        using var response = await clients.CreateClient(ClientName).SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
            logger.LogWarning("Webhook for alert {AlertId} answered {Status} after every retry", alert.Id, (int)response.StatusCode);
    }
}

/// <summary>Sits inside the retry pipeline, so it sees (and logs) every attempt with its status and duration.</summary>
public sealed class DeliveryLogHandler(AlertStore alerts) : DelegatingHandler
{
    public sealed class Attempts(long alertId)
    {
        public long AlertId { get; } = alertId;
        public int Count;
    }

    public static readonly HttpRequestOptionsKey<Attempts> AlertKey = new("briefing.alert");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!request.Options.TryGetValue(AlertKey, out var attempts)) return await base.SendAsync(request, cancellationToken);
        var attempt = Interlocked.Increment(ref attempts.Count);
        var clock = Stopwatch.StartNew();
        // The URL is logged by host only: a hook URL often carries a token in its path.
        var url = WebhookUrls.Mask(request.RequestUri?.ToString()) ?? "";
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            alerts.LogDelivery(attempts.AlertId, url, attempt, (int)response.StatusCode, null, clock.ElapsedMilliseconds);
            return response;
        }
        catch (Exception exception)
        {
            alerts.LogDelivery(attempts.AlertId, url, attempt, null, exception.GetType().Name + ": " + exception.Message, clock.ElapsedMilliseconds);
            throw;
        }
    }
}
