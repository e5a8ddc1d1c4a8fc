using Briefing.Web.Ingestion.Fetching;
using Briefing.Web.Operations;
using Briefing.Data.Actors;
using Briefing.Data.Alerts;
using Briefing.Data.Topics;
using Briefing.Web.Api;

namespace Briefing.Web.Alerts;

/// <summary>/api/alerts: subscriptions (writes need a key), the alert history and the webhook delivery log.</summary>
public static class AlertsApi
{
    public sealed record SubscriptionRequest(string? Name, string? Actor, string? Topic, string? Kind, int? MinOutlets, string? WebhookUrl, string? Secret);

    public static WebApplication MapAlerts(this WebApplication app)
    {
        var api = app.MapGroup("/api/alerts").DisableAntiforgery().DescribeProblems();
        api.MapGet("", (HttpContext http, int? limit, int? offset, AlertStore alerts) =>
            Page.TryRead(limit, offset, 50, out var page, out var problem) ? page.Ok(http, alerts.Recent(page.Limit, page.Offset)) : problem);
        api.MapGet("/deliveries", (HttpContext http, int? limit, int? offset, AlertStore alerts) =>
            Page.TryRead(limit, offset, 100, out var page, out var problem) ? page.Ok(http, alerts.Deliveries(page.Limit, page.Offset)) : problem);
        api.MapGet("/subscriptions", (HttpContext http, int? limit, int? offset, AlertStore alerts) =>
            Page.TryRead(limit, offset, 500, out var page, out var problem) ? page.OkFrom(http, alerts.Subscriptions().Select(Public)) : problem);
        api.MapPost("/subscriptions", (SubscriptionRequest request, AlertSubscriptions subscriptions, HttpContext http) =>
        {
            var (created, secret, error) = subscriptions.Create(request, Caller.NameOf(http));
            return created is null
                ? Results.Problem(error, statusCode: 400, title: "Invalid subscription")
                : Results.Created($"/api/alerts/subscriptions/{created.Id}", new { subscription = Public(created), secret });
        }).AddEndpointFilter<RequireApiKey>();
        api.MapDelete("/subscriptions/{id:long}", (long id, AlertStore alerts) => alerts.DeleteSubscription(id)
            ? Results.NoContent()
            : Results.Problem($"No subscription {id}.", statusCode: 404, title: "Not found")).AddEndpointFilter<RequireApiKey>();
        return app;
    }

    /// <summary>Reads show the webhook's host only (a hook URL often carries a token).</summary>
    public static SubscriptionView Public(SubscriptionView s) => s with { WebhookUrl = WebhookUrls.Mask(s.WebhookUrl) };
}

/// <summary>Validates and stores subscriptions, for the API and the alerts page alike.</summary>
public sealed class AlertSubscriptions(AlertStore alerts, ActorStore actors, TopicStore topics, OutboundFetchPolicy outbound)
{
    /// <summary>The stored subscription and its webhook secret (given or generated; shown once), or the error naming the field.</summary>
    public (SubscriptionView? Created, string? Secret, string? Error) Create(AlertsApi.SubscriptionRequest request, string createdBy)
    {
        var kind = request.Kind?.Trim().ToLowerInvariant();
        if (kind is null || !AlertKinds.All.Contains(kind))
            return (null, null, $"\"kind\" must be one of {string.Join(", ", AlertKinds.All)}.");
        ActorView? actor = null;
        if (!string.IsNullOrWhiteSpace(request.Actor) && (actor = actors.Find(request.Actor.Trim())) is null)
            return (null, null, $"\"actor\": no actor with id, name or alias '{request.Actor}'.");
        TopicView? topic = null;
        if (!string.IsNullOrWhiteSpace(request.Topic) && (topic = topics.Find(request.Topic.Trim())) is null)
            return (null, null, $"\"topic\": no topic with id or name '{request.Topic}'.");
        var minOutlets = request.MinOutlets ?? 2;
        if (minOutlets is < 2 or > 100) return (null, null, "\"minOutlets\" must be between 2 and 100.");
        var url = string.IsNullOrWhiteSpace(request.WebhookUrl) ? null : request.WebhookUrl.Trim();
        if (url is not null && WebhookUrls.Validate(url) is { } urlError) return (null, null, urlError);
        // Webhooks leave the server like feed fetches do: no internal addresses unless Briefing:Fetch:AllowedHosts says so
        // (checked again on the address each delivery connects to).
        if (url is not null && outbound.Check(new Uri(url)) is { } refused) return (null, null, $"\"webhookUrl\": {refused}.");
        if (request.Secret is { Length: > 0 and < 16 }) return (null, null, "\"secret\" must be at least 16 characters (or leave it out to get one).");
        if (request.Name is { Length: > 200 }) return (null, null, "\"name\" must be at most 200 characters.");

        var secret = url is null ? null : string.IsNullOrEmpty(request.Secret) ? WebhookSignature.NewSecret() : request.Secret;
        var name = string.IsNullOrWhiteSpace(request.Name)
            ? $"{kind}: {actor?.Name ?? "any actor"} × {topic?.Name ?? "any topic"}" + (kind == AlertKinds.Carried ? $" (≥ {minOutlets} outlets)" : "")
            : request.Name.Trim();
        var id = alerts.AddSubscription(new NewSubscription(name, actor?.Id, topic?.Id, kind, minOutlets, url, secret, createdBy));
        return (alerts.Subscriptions().First(s => s.Id == id), secret, null);
    }
}
