using Briefing.Web.Api;
using Microsoft.AspNetCore.SignalR;

namespace Briefing.Web.Live;

/// <summary>Relays the in-process live events to every SignalR client, in the hub's public message shapes. A send to
/// all clients completes only when the slowest client's connection took it, so the relay keeps up to
/// <see cref="MaxInFlight"/> sends open instead of waiting for each: one client that reads slowly delays no one
/// else until it is that many messages behind (each connection still gets its messages in order: its writes queue
/// in order behind its own lock). Past that the relay waits, its queue in <see cref="LiveNotifier"/> fills and
/// coalesces into a "Refresh", so nothing grows without bound.</summary>
public sealed class HubRelay(LiveNotifier notifier, IHubContext<BriefingHub> hub, ILogger<HubRelay> logger) : IHostedService
{
    public const int MaxInFlight = 256;

    private readonly Queue<Task> _inFlight = new();
    private IDisposable? _subscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // External clients cannot reload a view by themselves, so the relay gets a deep queue before it coalesces.
        _subscription = notifier.Subscribe(RelayAsync, capacity: 4096);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        return Task.CompletedTask;
    }

    private async Task RelayAsync(LiveEvent liveEvent)
    {
        // The node that committed it sent it to every hub client already, through the SignalR backplane.
        if (liveEvent.FromOtherNode) return;
        if (liveEvent is PositionChanged changed)
        {
            await SendAsync("PositionChanged", PositionMessage.From(changed.Position, changed.Shift));
        }
        else if (liveEvent is StatementCurated curated)
        {
            await SendAsync("StatementCurated", new { curated.StatementId, curated.Statement });
        }
        else if (liveEvent is LiveRefresh)
        {
            // The relay fell behind and events were dropped: clients should re-read the API.
            await SendAsync("Refresh", null);
        }
        else if (liveEvent is ArticleIngested ingested)
        {
            var article = ingested.Article;
            await SendAsync("ArticleIngested", new ArticleIngestedMessage(article.Id, article.Title, article.StatementCount));
            if (ingested.Statements.Count > 0)
                await SendAsync("StatementsAdded", ingested.Statements);
        }
    }

    // The relay handles one event at a time (LiveNotifier), so the window needs no lock.
    private async Task SendAsync(string method, object? message)
    {
        var send = message is null ? hub.Clients.All.SendAsync(method) : hub.Clients.All.SendAsync(method, message);
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
