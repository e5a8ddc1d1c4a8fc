using System.Threading.Channels;
using Briefing.Core.Positions;
using Briefing.Data.Alerts;
using Briefing.Web.Live;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Briefing.Web.Alerts;

/// <summary>Turns committed changes into alerts: a position shift, a new statement, a quote carried by enough outlets,
/// for each matching subscription, in the app, on the hub and to webhooks. Live events are only queued in the notifier's callback (the pipeline never waits
/// on alert work); this service matches them, stores each alert once, announces it in the app and hands webhooks on.</summary>
public sealed class AlertDispatcher(
    LiveNotifier notifier, AlertStore alerts, WebhookSender webhooks, IHubContext<BriefingHub> hub, IOptions<AlertOptions> options,
    ILogger<AlertDispatcher> logger)
    : BackgroundService
{
    private readonly Channel<LiveEvent> _events = Channel.CreateBounded<LiveEvent>(
        new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The handler only queues, but at a thousand articles a second a busy thread pool can leave its drain waiting
        // for 64 events (the default queue); a coalesced queue would lose those events' alerts, so it gets room for
        // seconds of events (measured: 64 overflowed once in a 60 s run at 1,000 articles/s).
        var subscription = notifier.Subscribe(e =>
        {
            if (e is PositionChanged { Shift: true } or ArticleIngested) _events.Writer.TryWrite(e);
            return Task.CompletedTask;
        }, capacity: 10_000, name: "The alert dispatcher");
        stoppingToken.Register(subscription.Dispose);
        return Task.WhenAll(MatchEventsAsync(stoppingToken), WatchCarriedAsync(stoppingToken));
    }

    private async Task MatchEventsAsync(CancellationToken stoppingToken)
    {
        var reader = _events.Reader;
        while (await reader.WaitToReadAsync(stoppingToken))
        {
            // The new-statement subscriptions are read once per burst of events, not once per statement.
            IReadOnlyList<SubscriptionView>? statementSubscriptions = null;
            while (reader.TryRead(out var liveEvent))
            {
                try
                {
                    if (liveEvent is PositionChanged changed) await OnShiftAsync(changed);
                    else if (liveEvent is ArticleIngested ingested)
                        await OnStatementsAsync(ingested, statementSubscriptions ??= alerts.OfKind(AlertKinds.NewStatement));
                }
                catch (Exception exception)
                {
                    logger.LogWarning(exception, "Alert matching failed for {Event}", liveEvent.GetType().Name);
                }
            }
        }
    }

    private async Task OnShiftAsync(PositionChanged changed)
    {
        var p = changed.Position;
        foreach (var subscription in alerts.Matching(AlertKinds.PositionChanged, p.Actor.Id, [p.Topic.Id]))
        {
            await RaiseAsync(subscription, $"shift:{p.Actor.Id}:{p.Topic.Id}:{p.ShiftedAt:O}",
                $"{p.Actor.Name} shifted on {p.Topic.Name}: {(p.ShiftedFrom is { } from ? StanceNames.Of(from) : "?")} → {StanceNames.Of(p.Stance)}", p.Summary,
                $"positions?actors={Uri.EscapeDataString(p.Actor.Id)}&topics={Uri.EscapeDataString(p.Topic.Id)}", p.Actor.Id, p.Topic.Id);
        }
    }

    private async Task OnStatementsAsync(ArticleIngested ingested, IReadOnlyList<SubscriptionView> subscriptions)
    {
        var spoken = ingested.Statements.Where(s => s.Speaker is not null).ToList();
        if (spoken.Count == 0 || subscriptions.Count == 0) return;
        var topics = alerts.TopicsOf(spoken.Select(s => s.Id).ToList());
        foreach (var statement in spoken)
        {
            var topicIds = topics[statement.Id].ToList();
            var speaker = statement.Speaker!;
            foreach (var subscription in subscriptions.Where(s => s.Matches(speaker.Id, topicIds)))
            {
                await RaiseAsync(subscription, "statement:" + statement.Id, $"New statement: {speaker.Name}", statement.Text,
                    $"articles/{Uri.EscapeDataString(statement.ArticleId)}#{Uri.EscapeDataString(statement.Id)}",
                    speaker.Id, subscription.TopicId);
            }
        }
    }

    /// <summary>Wire copies arrive as "also carried by" links, which raise no live event: look for them on a timer.</summary>
    private async Task WatchCarriedAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.Value.CarriedCheckSeconds)));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                foreach (var subscription in alerts.Subscriptions().Where(s => s.Kind == AlertKinds.Carried))
                foreach (var quote in alerts.NewlyCarried(subscription))
                {
                    await RaiseAsync(subscription, "carried:" + quote.StatementId,
                        $"Carried by {quote.Outlets} outlets: {quote.ActorName ?? "unattributed quote"}", quote.Text,
                        $"articles/{Uri.EscapeDataString(quote.ArticleId)}#{Uri.EscapeDataString(quote.StatementId)}", quote.ActorId, subscription.TopicId);
                }
            }
            catch (Exception exception)
            {
                logger.LogWarning(exception, "Checking carried quotes for alerts failed");
            }
        }
    }

    private async Task RaiseAsync(SubscriptionView subscription, string dedupeKey, string title, string detail, string link, string? actorId, string? topicId)
    {
        if (alerts.Raise(subscription.Id, dedupeKey, subscription.Kind, title, detail, link, actorId, topicId) is not { } alert) return;
        if (subscription.WebhookUrl is not null) webhooks.Enqueue(alert);
        await notifier.PublishAsync(new AlertRaised(alert));
        // External programs get it too, as the hub message "AlertRaised" (the GET /api/alerts shape).
        await hub.Clients.All.SendAsync("AlertRaised", alert);
    }
}
