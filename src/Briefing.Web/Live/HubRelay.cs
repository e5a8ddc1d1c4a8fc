using Briefing.Web.Api;
using Microsoft.AspNetCore.SignalR;

namespace Briefing.Web.Live;

/// <summary>Relays the in-process live events to every SignalR client, in the hub's public message shapes.</summary>
public sealed class HubRelay(LiveNotifier notifier, IHubContext<BriefingHub> hub) : IHostedService
{
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
            await hub.Clients.All.SendAsync("PositionChanged", PositionMessage.From(changed.Position, changed.Shift));
        }
        else if (liveEvent is StatementCurated curated)
        {
            await hub.Clients.All.SendAsync("StatementCurated", new { curated.StatementId, curated.Statement });
        }
        else if (liveEvent is LiveRefresh)
        {
            // The relay fell behind and events were dropped: clients should re-read the API.
            await hub.Clients.All.SendAsync("Refresh");
        }
        else if (liveEvent is ArticleIngested ingested)
        {
            var article = ingested.Article;
            await hub.Clients.All.SendAsync("ArticleIngested", new ArticleIngestedMessage(article.Id, article.Title, article.StatementCount));
            if (ingested.Statements.Count > 0)
                await hub.Clients.All.SendAsync("StatementsAdded", ingested.Statements);
        }
    }
}
