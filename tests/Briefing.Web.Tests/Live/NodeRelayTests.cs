using System.Collections.Concurrent;
using Briefing.Testing;
using Briefing.Web.Ingestion;
using Briefing.Web.Live;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace Briefing.Web.Tests.Live;

/// <summary>Two nodes' relays over one real Redis (skipped, with the reason, when redis-server cannot run here).</summary>
public sealed class NodeRelayTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [SkippableFact]
    public async Task A_refresh_from_a_relay_that_fell_behind_reaches_the_other_node_so_its_screens_reload()
    {
        var address = LocalServers.Redis;
        await using var redisA = await ConnectionMultiplexer.ConnectAsync(address);
        await using var redisB = await ConnectionMultiplexer.ConnectAsync(address);
        var nodeA = new LiveNotifier(NullLogger<LiveNotifier>.Instance);
        var nodeB = new LiveNotifier(NullLogger<LiveNotifier>.Instance);
        using var relayA = new NodeRelay(redisA, nodeA, new InboxSignal(), NullLogger<NodeRelay>.Instance);
        using var relayB = new NodeRelay(redisB, nodeB, new InboxSignal(), NullLogger<NodeRelay>.Instance);
        await relayA.StartAsync(CancellationToken.None);
        await relayB.StartAsync(CancellationToken.None);
        var seenOnB = new ConcurrentQueue<LiveEvent>();
        using var screenOnB = nodeB.Subscribe(e => { seenOnB.Enqueue(e); return Task.CompletedTask; });

        // What node A's relay is handed when its queue was coalesced: a refresh in place of the events it dropped.
        var deadline = DateTime.UtcNow + Patience;
        while (!seenOnB.Any(e => e is LiveRefresh { FromOtherNode: true }) && DateTime.UtcNow < deadline)
        {
            nodeA.Publish(LiveRefresh.Instance); // again until B's subscription to Redis is live
            await Task.Delay(200);
        }

        Assert.Contains(seenOnB, e => e is LiveRefresh { FromOtherNode: true });
        await relayA.StopAsync(CancellationToken.None);
        await relayB.StopAsync(CancellationToken.None);
    }
}
