using Briefing.Web.Api;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;

namespace Briefing.Web.Live;

/// <summary>Relays the in-process live events to every SignalR client, in the hub's public message shapes. It takes
/// what is queued in one go (up to <see cref="MaxBatch"/> events: an article and its position changes, or a burst)
/// and, on one node, writes all of their messages to each connection as one write (<see cref="BroadcastLifetimeManager"/>):
/// the same messages in the same order, one WebSocket frame per client instead of one per message. With a Redis
/// backplane (several nodes) each message is sent to all clients on its own, as before. A send to all clients
/// completes only when the slowest client's connection took it, so the relay keeps up to <see cref="MaxInFlight"/>
/// sends open instead of waiting for each: one client that reads slowly delays no one else until it is that many
/// sends behind (each connection still gets its messages in order: its writes queue in order behind its own lock).
/// Past that the relay waits, its queue in <see cref="LiveNotifier"/> fills and coalesces into a "Refresh", so
/// nothing grows without bound.</summary>
public sealed class HubRelay(LiveNotifier notifier, IHubContext<BriefingHub> hub, ILogger<HubRelay> logger,
    BroadcastLifetimeManager? broadcast = null) : IHostedService
{
    public const int MaxInFlight = 256;

    /// <summary>Events relayed in one write per client: enough to absorb a burst, small enough to keep a frame to
    /// tens of kilobytes (SignalR's transport buffer is 64 KB before a write waits).</summary>
    public const int MaxBatch = 16;

    private readonly Queue<Task> _inFlight = new();
    private IDisposable? _subscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // External clients cannot reload a view by themselves, so the relay gets a deep queue before it coalesces.
        _subscription = notifier.SubscribeBatches(RelayAsync, capacity: 4096, MaxBatch, name: "The hub relay");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        return Task.CompletedTask;
    }

    private async Task RelayAsync(IReadOnlyList<LiveEvent> events)
    {
        var messages = new List<InvocationMessage>(events.Count * 2);
        foreach (var liveEvent in events) AddMessages(liveEvent, messages);
        if (messages.Count == 0) return;
        if (broadcast is not null)
        {
            await KeepInFlightAsync(broadcast.SendAllAsync(messages));
            return;
        }
        foreach (var message in messages) await KeepInFlightAsync(hub.Clients.All.SendCoreAsync(message.Target, message.Arguments));
    }

    /// <summary>The hub messages of one event (README "Live events"), in the order clients get them.</summary>
    private static void AddMessages(LiveEvent liveEvent, List<InvocationMessage> messages)
    {
        // The node that committed it sent it to every hub client already, through the SignalR backplane.
        if (liveEvent.FromOtherNode) return;
        switch (liveEvent)
        {
            case PositionChanged changed:
                messages.Add(new InvocationMessage("PositionChanged", [PositionMessage.From(changed.Position, changed.Shift)]));
                break;
            case StatementCurated curated:
                messages.Add(new InvocationMessage("StatementCurated", [new { curated.StatementId, curated.Statement }]));
                break;
            case LiveRefresh:
                // The relay fell behind and events were dropped: clients should re-read the API.
                messages.Add(new InvocationMessage("Refresh", []));
                break;
            case ArticleIngested { Article: var article } ingested:
                messages.Add(new InvocationMessage("ArticleIngested", [new ArticleIngestedMessage(article.Id, article.Title, article.StatementCount)]));
                if (ingested.Statements.Count > 0) messages.Add(new InvocationMessage("StatementsAdded", [ingested.Statements]));
                break;
        }
    }

    // The relay handles one batch at a time (LiveNotifier), so the window needs no lock.
    private async Task KeepInFlightAsync(Task send)
    {
        if (send.IsCompletedSuccessfully) return;
        _inFlight.Enqueue(Observe(send));
        while (_inFlight.Count > MaxInFlight) await _inFlight.Dequeue();
        while (_inFlight.TryPeek(out var oldest) && oldest.IsCompleted) _ = _inFlight.Dequeue();
    }

    private async Task Observe(Task send)
    {
        try
        {
            await send;
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "A hub send failed");
        }
    }
}
